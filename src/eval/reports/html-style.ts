/** The report's inline stylesheet: readable tables, status colours, light and dark schemes. */
export const reportStyle = `
:root { color-scheme: light dark; --pass: #1a7f37; --fail: #cf222e; --error: #9a6700; --muted: #6e7781; --line: #d0d7de; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 2rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.headline { font-size: 1.3rem; }
.muted { color: var(--muted); font-size: 0.9rem; }
.pass { color: var(--pass); } .fail { color: var(--fail); } .error { color: var(--error); }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: left; }
td { font-variant-numeric: tabular-nums; }
.verdict.regression { color: var(--fail); font-weight: 600; } .verdict.improvement { color: var(--pass); }
.filters { display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; margin: 0.5rem 0; }
details.case { border: 1px solid var(--line); border-left-width: 4px; margin: 0.25rem 0; padding: 0.25rem 0.6rem; }
details.case.status-pass { border-left-color: var(--pass); }
details.case.status-fail { border-left-color: var(--fail); }
details.case.status-error { border-left-color: var(--error); }
summary { cursor: pointer; }
summary .badge { display: inline-block; min-width: 3rem; font-weight: 600; text-transform: uppercase; font-size: 0.8rem; }
summary .tag { border: 1px solid var(--line); border-radius: 1rem; padding: 0 0.5rem; margin-left: 0.3rem; font-size: 0.8rem; }
summary .target { color: var(--muted); margin-left: 0.5rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: rgba(127, 127, 127, 0.1); padding: 0.5rem; margin: 0.25rem 0; }
.message .role { font-weight: 600; }
`;
