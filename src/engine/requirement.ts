import { ID_MESSAGE } from '../dataset/ids.js';

// A requirement in a profile is one requirement id, or alternatives written "a|b": either one will do. Kept
// apart from schema.ts so the engine's zod-free profile check (profile-check.ts) can use it.

const ID = '(?!(?:constructor|prototype)(?:$|\\|))[a-z0-9][a-z0-9._-]{0,63}';
export const REQUIREMENT_RE = new RegExp(`^${ID}(?:\\|${ID})*$`);
export const REQUIREMENT_MESSAGE = `must be a requirement id, or alternatives written "a|b"; each id ${ID_MESSAGE}`;

/** "self-host|fine-tune" → ["self-host", "fine-tune"], duplicates dropped, order kept. */
export const alternativesOf = (requirement: string): string[] => [...new Set(requirement.split('|'))];

/** The canonical spelling: alternatives sorted and deduplicated, so "b|a" and "a|b" are one requirement. */
export const canonicalRequirement = (requirement: string): string => alternativesOf(requirement).sort().join('|');
