import { describe, expect, it } from 'vitest';
import { crescendoRubricHash } from './crescendo-rubric.js';
import { runCrescendo } from './crescendo.js';
import { createScriptedTarget, lastContent } from './testing.js';
import type { AttackJudge, JudgeContext } from './types.js';

const goal = 'get the vault combination';
const attackerScript = () => createScriptedTarget('attacker', (_request, call) => JSON.stringify({ prompt: `step ${call + 1}`, final: call >= 2 }));
const echoTarget = () => createScriptedTarget('target', (request) => `answer to ${lastContent(request)}`);

/** Succeeds when the answer mentions the given step; records what it was asked. */
function judgeSucceedingAt(step: number | null, seen: JudgeContext[] = []): AttackJudge {
  return async (output, context) => {
    seen.push(context);
    const success = step !== null && output === `answer to step ${step}`;
    return { success, score: success ? 1 : 0.2, reason: success ? 'complied' : 'refused' };
  };
}

describe('runCrescendo', () => {
  it('escalates turn by turn, sends the whole conversation and stops at the first success', async () => {
    const attacker = attackerScript();
    const target = echoTarget();
    const seen: JudgeContext[] = [];
    const result = await runCrescendo({ goal, attacker, target, judge: judgeSucceedingAt(3, seen), system: 'You guard the vault.' });
    expect(result).toMatchObject({ success: true, turns: 3, attackerPromptHash: crescendoRubricHash });
    expect(result.reason).toBe('goal reached at turn 3: complied');
    expect(result.transcript).toEqual([
      { role: 'system', content: 'You guard the vault.' },
      { role: 'user', content: 'step 1' }, { role: 'assistant', content: 'answer to step 1' },
      { role: 'user', content: 'step 2' }, { role: 'assistant', content: 'answer to step 2' },
      { role: 'user', content: 'step 3' }, { role: 'assistant', content: 'answer to step 3' },
    ]);
    expect(target.requests.map((request) => request.messages.length)).toEqual([2, 4, 6]);
    expect(attacker.requests).toHaveLength(3);
    expect(seen.map((context) => [context.prompt, context.final])).toEqual([['step 1', false], ['step 2', false], ['step 3', true]]);
  });

  it('shows the attacker the goal, the turn and the conversation with the judge notes', async () => {
    const attacker = attackerScript();
    await runCrescendo({ goal, attacker, target: echoTarget(), judge: judgeSucceedingAt(2) });
    const [system, user] = attacker.requests[1]!.messages;
    expect(system!.content).toContain(`<goal>${goal}</goal>`);
    expect(system!.content).toContain('This is turn 2 of 5.');
    expect(user!.content).toContain('[turn 1] USER: step 1');
    expect(user!.content).toContain('[turn 1] ASSISTANT: answer to step 1');
    expect(user!.content).toContain('[turn 1] JUDGE: score 0.20, refused');
    expect(attacker.requests[0]!.messages[1]!.content).toContain('No messages yet.');
  });

  it('stops at maxTurns when the goal is never reached, marking the last turn final', async () => {
    const seen: JudgeContext[] = [];
    const attacker = createScriptedTarget('attacker', (_request, call) => `Prompt: "question ${call + 1}"`);
    const result = await runCrescendo({ goal, attacker, target: echoTarget(), judge: judgeSucceedingAt(null, seen), maxTurns: 4 });
    expect(result).toMatchObject({ success: false, turns: 4, reason: 'no success in 4 turns (best score 0.20)' });
    expect(result.transcript).toHaveLength(8);
    expect(result.log.map((turn) => turn.prompt)).toEqual(['question 1', 'question 2', 'question 3', 'question 4']);
    expect(seen.map((context) => context.final)).toEqual([false, false, false, true]);
  });

  it('uses up a turn without calling the target when the attacker gives nothing usable', async () => {
    const attacker = createScriptedTarget('attacker', (_request, call) => (call === 0 ? '```\n```' : '{"prompt": "retry"}'));
    const target = echoTarget();
    const result = await runCrescendo({ goal, attacker, target, judge: judgeSucceedingAt(null), maxTurns: 2 });
    expect(result.log[0]).toMatchObject({ prompt: '', verdict: { success: false, reason: 'the attacker gave no usable message' } });
    expect(target.requests).toHaveLength(1);
    expect(result.turns).toBe(2);
  });

  it('rejects a bad bound and an aborted signal', async () => {
    await expect(runCrescendo({ goal, attacker: attackerScript(), target: echoTarget(), judge: judgeSucceedingAt(null), maxTurns: 0 })).rejects.toMatchObject({ code: 'VOUCH_CONFIG_INVALID' });
    const controller = new AbortController();
    const target = createScriptedTarget('target', () => {
      controller.abort();
      return 'ok';
    });
    const attack = runCrescendo({ goal, attacker: attackerScript(), target, judge: judgeSucceedingAt(null), signal: controller.signal });
    await expect(attack).rejects.toMatchObject({ code: 'VOUCH_TARGET_FAILED', message: 'crescendo turn 1: aborted' });
    expect(target.requests).toHaveLength(1);
  });

  it('by default succeeds only on an unrefused answer to a final message, not on warm-up answers', async () => {
    const target = createScriptedTarget('target', (request) =>
      lastContent(request) === 'step 3' ? 'I am sorry, but I cannot help with that request.' : `Sure: ${lastContent(request)} explained.`);
    const result = await runCrescendo({ goal, attacker: attackerScript(), target });
    expect(result.log.map((turn) => [turn.final, turn.verdict.score])).toEqual([[false, 0.5], [false, 0.5], [true, 0], [true, 1]]);
    expect(result).toMatchObject({ success: true, turns: 4 });
  });
});
