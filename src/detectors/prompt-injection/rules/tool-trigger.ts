import { definePatternRule } from '../../learned/rules.js';

/** Attempts to make an agent act: call tools, send mail, delete data, move money, run commands. */
export const toolTriggerRule = definePatternRule({
  id: 'tool-trigger',
  type: 'TOOL_TRIGGER',
  patterns: [
    String.raw`\b(?:call|invoke|use|run|execute|trigger|fire)\s+(?:the\s+)?` + '`?' + String.raw`[a-z][a-z0-9]*_[a-z0-9_]+` + '`?' + String.raw`\s*(?:\(|tool|function|action|endpoint|api|with)`,
    String.raw`\b(?:send_email|send_mail|delete_(?:file|files|user|repo|repository|account|all)|transfer_(?:funds|money)|execute_(?:command|shell|code)|run_(?:shell|command|code)|create_(?:user|admin|api_key)|grant_(?:access|admin)|make_payment|write_file|http_request|fetch_url)\s*\(`,
    String.raw`\b(?:immediately\s+|now\s+|also\s+|silently\s+|quietly\s+)?(?:send|forward)\s+an?\s+(?:email|e-mail|message)\s+to\s+[\w.+-]+@[\w-]+\.`,
    String.raw`\b(?:delete|remove|wipe|erase|drop)\s+(?:all\s+(?:of\s+)?(?:the\s+)?|every\s+|the\s+(?:entire\s+)?)(?:files|emails|repositor(?:y|ies)|database|tables?|records|users|backups|branches|documents)\b`,
    String.raw`\b(?:transfer|wire|send|pay)\s+(?:\$|€|£|usd|eur)?\s?\d[\d,.]*\s*(?:\$|€|£|usd|eur|dollars|euros|btc)?\s+to\s+(?:account|iban|wallet|the\s+following)\b`,
    String.raw`\brm\s+-rf\s+[/~]|\bcurl\s+[^|\n]{1,120}\|\s*(?:ba)?sh\b|\bwget\s+[^|\n]{1,120}\|\s*(?:ba)?sh\b`,
    String.raw`\b(?:grant|give)\s+(?:admin|administrator|root|owner|full)\s+(?:access|rights|privileges|permissions)\s+to\b`,
  ],
});
