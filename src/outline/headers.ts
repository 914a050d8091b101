/**
 * Column names a pasted table or a CRM export may use, and the outline column each one fills:
 * the outline's own names in both languages, Salesforce contact and opportunity contact role
 * exports (API names such as FirstName, ReportsToId and their display labels), HubSpot contact
 * exports (incl. Buying Role) and plain Chinese headers.
 */
import { wordKey } from '../domain/outline/vocabulary';
import type { PersonColumn, StepColumn } from '../domain/outline/rows';

/** What a column of an imported list holds. */
export type ImportField = PersonColumn | 'firstName' | 'lastName' | 'reportsTo' | 'recordId';

const PEOPLE_HEADERS: Record<ImportField, string[]> = {
  name: [
    'name',
    'full name',
    'contact name',
    'contact',
    '姓名',
    '名字',
    '人员',
    '联系人',
    '客户人员',
  ],
  firstName: ['firstname', 'first name', 'given name', '名'],
  lastName: ['lastname', 'last name', 'surname', 'family name', '姓'],
  title: ['title', 'job title', 'jobtitle', 'position', '职位', '职务', '头衔', '岗位'],
  department: ['department', 'dept', 'division', '部门', '所属部门'],
  roles: [
    'role',
    'roles',
    'contact role',
    'opportunity contact role',
    'buying role',
    'hs buying role',
    'hsbuyingrole',
    '角色',
    '采购角色',
  ],
  influence: ['influence', '影响力'],
  stance: ['stance', 'attitude', '态度', '立场'],
  coverage: ['coverage', 'our coverage', '接触深度', '接触'],
  owner: [
    'owner',
    'relationship owner',
    'contact owner',
    'account owner',
    '我方对接人',
    '对接人',
    '关系负责人',
    '负责人',
  ],
  concerns: ['concerns', 'concern', 'notes', '关注点', '关注', '顾虑'],
  reportsTo: [
    'reportstoid',
    'reports to',
    'reports to id',
    'reports to name',
    'reports to full name',
    'reportstoname',
    'manager',
    '上级',
    '直属上级',
    '汇报对象',
    '汇报给',
  ],
  recordId: ['id', 'contact id', 'contactid', 'record id', 'recordid', '18 digit contact id'],
};

const STEP_HEADERS: Record<StepColumn, string[]> = {
  label: ['step', 'label', 'name', 'stage', '步骤', '名称', '环节'],
  kind: ['kind', 'type', '类型'],
  drives: ['drives', 'driver', '推动', '推动者'],
  approves: ['approves', 'approver', '审批', '审批人'],
  evaluates: ['evaluates', 'evaluator', '评估', '评估人'],
  informed: ['informed', 'is informed', '知会'],
  owner: ['owner', 'stage owner', '负责人', '阶段负责人'],
};

function index<F extends string>(table: Record<F, string[]>): Map<string, F> {
  const map = new Map<string, F>();
  for (const [field, words] of Object.entries(table) as [F, string[]][]) {
    for (const w of [field, ...words]) if (!map.has(wordKey(w))) map.set(wordKey(w), field);
  }
  return map;
}

const PEOPLE = index(PEOPLE_HEADERS);
const STEPS = index(STEP_HEADERS);

/** "Contact.FirstName", "Contact: First Name" and "First Name (Contact)" name the same column. */
function bare(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/^\s*(contact|contacts|联系人)\s*[.:：]\s*/i, '')
    .replace(/\s*\((contact|联系人)\)\s*$/i, '')
    .trim();
}

/** The field a people header names, or undefined. */
export function peopleField(header: string): ImportField | undefined {
  return PEOPLE.get(wordKey(bare(header)));
}

/** The step column a header names, or undefined. */
export function stepField(header: string): StepColumn | undefined {
  return STEPS.get(wordKey(bare(header)));
}

/**
 * Whether a first row is a header: at least two of its cells name a column (or one does and
 * the row has a single cell), one of them the name.
 */
export function isHeader<F extends string>(
  cells: readonly string[],
  field: (h: string) => F | undefined,
  names: readonly F[],
): boolean {
  const found = cells.map((c) => field(c)).filter((f) => f !== undefined);
  const named = found.some((f) => names.includes(f));
  return named && (found.length >= 2 || cells.length === 1);
}
