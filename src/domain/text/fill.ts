/** Replaces `{key}` placeholders; unknown keys are left as they are so gaps stay visible. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(
    /\{(\w+)\}/g,
    (whole, key: string) => (Object.hasOwn(params, key) ? params[key] : undefined) ?? whole,
  );
}
