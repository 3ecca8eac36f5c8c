import { describe, expect, it } from 'vitest';
import { parseCommand } from './args.ts';

describe('parseCommand eval', () => {
  it.each([
    [['eval', 'corpus'], { mode: 'documents', path: 'corpus', json: false }],
    [['eval', '--json', 'corpus'], { mode: 'documents', path: 'corpus', json: true }],
    [['eval', '--scale', 'rows.jsonl'], { mode: 'scale', path: 'rows.jsonl', json: false }],
    [['eval', '--pages', 'pages', '--json'], { mode: 'pages', path: 'pages', json: true }],
  ])('%j', (argv, expected) => {
    expect(parseCommand(argv)).toEqual({ name: 'eval', ...expected });
  });

  it.each([
    [['eval', '--scale', 'a.jsonl', '--pages', 'b'], 'not both'],
    [['eval', '--pages', 'b', 'extra'], 'eval --pages takes no folder'],
    [['eval', '--scale', 'a.jsonl', 'extra'], 'eval --scale takes no folder'],
    [['eval'], 'exactly one folder'],
    [['eval', 'a', 'b'], 'exactly one folder'],
    [['eval', '--scale'], 'argument missing'],
  ])('rejects %j', (argv, message) => {
    const cmd = parseCommand(argv);
    expect(cmd.name).toBe('error');
    expect(cmd.name === 'error' && cmd.message).toContain(message);
  });
});
