/** `{{name}}` placeholders of a message filled in. */
export const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
