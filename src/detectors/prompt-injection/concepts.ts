/**
 * Concept features: words of many languages mapped to a few ideas an injection combines (an
 * override verb, the model's instructions, a persona, a reveal verb…), and which ideas meet within
 * a few words of each other. They let the model see "forget + guidelines" or "muestra + prompt"
 * as the same move whatever the wording, which single words and n-grams cannot.
 */
const lexicon: Record<string, readonly string[]> = {
  OVERRIDE: [
    'ignore', 'ignoring', 'disregard', 'forget', 'bypass', 'override', 'overrides', 'skip', 'drop', 'abandon', 'discard', 'neglect', 'circumvent', 'dismiss', 'nullify', 'void', 'supersede', 'supersedes', 'replace', 'reset', 'unlearn', 'cancel',
    'ignora', 'ignore', 'olvida', 'olvídate', 'omite', 'descarta', 'anula', 'ignorez', 'oublie', 'oubliez', 'ignoriere', 'vergiss', 'vergessen', 'ignorieren', 'esqueça', 'esquece', 'desconsidere', 'dimentica', 'negeer', 'vergeet', 'zignoruj', 'zapomnij', 'игнорируй', 'забудь', 'проигнорируй', '忽略', '无视', '忘记', '忘掉', '無視', '忘れて', '무시', '잊어',
  ],
  RULES: [
    'instructions', 'instruction', 'rules', 'rule', 'guidelines', 'guideline', 'prompt', 'prompts', 'directives', 'directive', 'policies', 'policy', 'restrictions', 'restriction', 'filters', 'filter', 'constraints', 'programming', 'guardrails', 'safeguards', 'configuration', 'config', 'setup', 'settings', 'training', 'limitations', 'limits', 'boundaries', 'ethics', 'morals', 'censorship', 'content',
    'instrucciones', 'reglas', 'indicaciones', 'directrices', 'consignes', 'règles', 'anweisungen', 'regeln', 'richtlinien', 'vorgaben', 'instruções', 'regras', 'istruzioni', 'regole', 'instructies', 'regels', 'instrukcje', 'zasady', 'инструкции', 'правила', '指令', '规则', '提示词', '指示', 'ルール', '지시', '규칙',
  ],
  PRIOR: ['previous', 'prior', 'above', 'earlier', 'preceding', 'initial', 'original', 'hidden', 'secret', 'system', 'internal', 'underlying', 'developer', 'first', 'anteriores', 'previas', 'précédentes', 'initiales', 'vorherigen', 'bisherigen', 'anteriores', 'precedenti', 'vorige', 'poprzednie', 'предыдущие', '之前', '以前', '上面', '系统', '初始', '隐藏', '以前の', '이전'],
  REVEAL: ['reveal', 'show', 'print', 'repeat', 'output', 'display', 'tell', 'share', 'leak', 'dump', 'disclose', 'recite', 'expose', 'spill', 'verbatim', 'word-for-word', 'muestra', 'revela', 'repite', 'affiche', 'révèle', 'répète', 'zeig', 'zeige', 'wiederhole', 'verrate', 'mostre', 'revele', 'repita', 'mostra', 'rivela', 'ripeti', 'покажи', 'выведи', 'повтори', '告诉', '显示', '输出', '重复', '透露', '見せて', '教えて', '보여'],
  PERSONA: ['pretend', 'roleplay', 'role-play', 'act', 'become', 'persona', 'character', 'mode', 'simulate', 'impersonate', 'embody', 'twin', 'alter', 'ego', 'jailbreak', 'jailbroken', 'dan', 'unfiltered', 'uncensored', 'unrestricted', 'finge', 'actúa', 'modo', 'personaje', 'fais', 'semblant', 'incarne', 'tu', 'spiel', 'rolle', 'modus', 'finja', 'personagem', 'fingi', 'притворись', 'режим', '扮演', '假装', '模式', '角色', 'ふり', 'モード', '역할', '모드'],
  COMPLY: ['always', 'must', 'comply', 'obey', 'anything', 'everything', 'whatever', 'any', 'never', 'refuse', 'refusal', 'decline', 'apologize', 'apologise', 'sorry', 'warnings', 'warning', 'disclaimers', 'disclaimer', 'caveats', 'unconditionally', 'siempre', 'nunca', 'niegues', 'toujours', 'jamais', 'refuse', 'immer', 'niemals', 'ablehnen', 'sempre', 'nunca', 'recuse', 'всегда', 'никогда', 'отказывай', '总是', '拒绝', '必须', '任何'],
  MODEL: ['ai', 'assistant', 'model', 'chatbot', 'bot', 'gpt', 'chatgpt', 'llm', 'claude', 'gemini', 'copilot', 'agent', 'asistente', 'modelo', 'assistant', 'modèle', 'assistent', 'modell', 'ki', 'ia', 'модель', 'ассистент', '助手', '模型', 'アシスタント', '모델'],
  NEW: ['new', 'now', 'instead', 'from', 'henceforth', 'updated', 'real', 'actual', 'true', 'nuevo', 'nuevas', 'ahora', 'nouvelles', 'maintenant', 'neue', 'jetzt', 'novas', 'agora', 'nuove', 'ora', 'новые', 'теперь', '现在', '新的', '今から'],
  ACTION: ['send', 'email', 'forward', 'delete', 'remove', 'wipe', 'transfer', 'execute', 'run', 'call', 'invoke', 'visit', 'open', 'click', 'fetch', 'post', 'upload', 'download', 'install', 'grant', 'approve', 'pay', 'purchase', 'create'],
  SECRET: ['password', 'passwords', 'api', 'key', 'keys', 'token', 'tokens', 'credentials', 'secret', 'secrets', 'conversation', 'history', 'chat', 'memory', 'session', 'cookies', 'data'],
  FICTION: ['hypothetically', 'hypothetical', 'imagine', 'suppose', 'fictional', 'fiction', 'story', 'novel', 'game', 'dream', 'scenario', 'screenplay', 'universe', 'world', 'academic', 'research', 'purely', 'educational'],
};

const conceptOf = new Map<string, string>();
for (const [concept, words] of Object.entries(lexicon)) for (const word of words) if (!conceptOf.has(word)) conceptOf.set(word, concept);

/** How many words apart two concepts may be and still count as meeting. */
const window = 6;
/** Han and kana: no spaces between words, so lexicon entries are found as substrings. */
const unspaced = [...conceptOf.keys()].filter((word) => /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(word));

/**
 * The concept features of a text: `concept:X` for each concept present, `pair:X+Y` for two concepts
 * within a few words of each other (in a fixed order).
 * @example
 * conceptFeatures('please forget your guidelines'); // includes 'pair:OVERRIDE+RULES'
 */
export function conceptFeatures(text: string): string[] {
  const sequence: { concept: string; at: number }[] = [];
  let position = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)) {
    if (word === '') continue;
    const concept = conceptOf.get(word);
    if (concept) sequence.push({ concept, at: position });
    position++;
  }
  for (const word of unspaced) {
    const at = text.indexOf(word);
    if (at !== -1) sequence.push({ concept: conceptOf.get(word)!, at: Math.floor(at / 2) });
  }
  sequence.sort((a, b) => a.at - b.at);
  const features = new Set<string>();
  for (let index = 0; index < sequence.length; index++) {
    const first = sequence[index]!;
    features.add(`concept:${first.concept}`);
    for (let next = index + 1; next < sequence.length && sequence[next]!.at - first.at <= window; next++) {
      const second = sequence[next]!;
      if (second.concept === first.concept) continue;
      const [a, b] = first.concept < second.concept ? [first.concept, second.concept] : [second.concept, first.concept];
      features.add(`pair:${a}+${b}`);
    }
  }
  return [...features];
}
