import { runInNewContext } from 'node:vm';

/** Just enough of a DOM element for the report script; assigning innerHTML throws. */
export class FakeElement {
  children: FakeElement[] = [];
  className = '';
  value = '';
  hidden = false;
  open = false;
  private ownText = '';
  private readonly listeners = new Map<string, (() => void)[]>();

  constructor(readonly tagName: string) {}

  get textContent(): string {
    return this.ownText + this.children.map((child) => child.textContent).join('');
  }

  set textContent(text: string) {
    this.ownText = String(text);
    this.children = [];
  }

  set innerHTML(_html: string) {
    throw new Error('the report script assigned innerHTML');
  }

  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }

  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }

  removeChild(child: FakeElement): FakeElement {
    this.children = this.children.filter((existing) => existing !== child);
    return child;
  }

  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Calls the listeners of an event type, as a browser would. */
  dispatch(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener.call(this);
  }

  /** Descendants with this tag name, in document order. */
  findAll(tagName: string): FakeElement[] {
    return this.children.flatMap((child) => [...(child.tagName === tagName ? [child] : []), ...child.findAll(tagName)]);
  }
}

export interface ReportPage {
  list: FakeElement;
  statusFilter: FakeElement;
  tagFilter: FakeElement;
  textFilter: FakeElement;
  counter: FakeElement;
  more: FakeElement;
}

/** The JSON text of the report's data element, as a browser's textContent would give it. */
export function extractCaseJson(html: string): string {
  const match = /<script type="application\/json" id="vouch-cases">([\s\S]*?)<\/script>/.exec(html);
  if (match?.[1] === undefined) throw new Error('no vouch-cases element');
  return match[1];
}

/** Runs the report's inline script against a fake page holding its data; returns the page's elements. */
export function runReportScript(html: string): ReportPage {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  const script = scripts[0]?.[1];
  if (scripts.length !== 1 || script === undefined) throw new Error('expected exactly one inline script');
  const data = new FakeElement('script');
  data.textContent = extractCaseJson(html);
  const page: ReportPage = {
    list: new FakeElement('div'),
    statusFilter: new FakeElement('select'),
    tagFilter: new FakeElement('select'),
    textFilter: new FakeElement('input'),
    counter: new FakeElement('span'),
    more: new FakeElement('button'),
  };
  const byId: Record<string, FakeElement> = {
    'vouch-cases': data,
    'case-list': page.list,
    'filter-status': page.statusFilter,
    'filter-tag': page.tagFilter,
    'filter-text': page.textFilter,
    'case-count': page.counter,
    'case-more': page.more,
  };
  const document = { createElement: (name: string) => new FakeElement(name), getElementById: (id: string) => byId[id] ?? null };
  runInNewContext(script, { document });
  return page;
}
