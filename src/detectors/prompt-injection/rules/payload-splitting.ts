import { definePatternRule } from '../../learned/rules.js';

/** Pieces to be joined and then obeyed: string variables concatenated, "decode this and follow it". */
export const payloadSplittingRule = definePatternRule({
  id: 'payload-splitting',
  type: 'PAYLOAD_SPLITTING',
  patterns: [
    String.raw`\b[a-z]\w{0,8}\s*=\s*["'“][^"'”\n]{1,24}["'”][\s,;]+[a-z]\w{0,8}\s*=\s*["'“][^"'”\n]{1,24}["'”][\s,;]+[a-z]\w{0,8}\s*=\s*["'“][^"'”\n]{1,24}["'”]`,
    String.raw`\b(?:concatenate|combine|join|merge|put\s+together)\b[^.!?\n]{0,40}?\b(?:and|then)\s+(?:follow|execute|do|answer|obey|perform|run|respond\s+to)\b`,
    String.raw`\b(?:decode|decipher|translate|reverse)\s+(?:this|the\s+following|it)\b[^.!?\n]{0,30}?\b(?:and|then)\s+(?:follow|execute|do|obey|perform|carry\s+out|act\s+on)\b`,
    String.raw`\b[a-z]\s*\+\s*[a-z](?:\s*\+\s*[a-z])+\b`,
    String.raw`(?:拼接|组合|连起来)[^。\n]{0,12}?(?:然后|并)(?:执行|照做|回答)`,
  ],
});
