import { z } from 'zod';
import { foldForMatching } from './foldText';

/**
 * Synonyms for keyword rules: groups of terms that mean the same thing, so a rule written with one
 * finds text written with another. Chinese needs this beyond Traditional/Simplified conversion,
 * which maps characters but never vocabulary: Taiwan writes 資料外洩 and 軟體 where the mainland
 * writes 数据泄露 and 软件. A rule term equal (after folding) to any member of a group also matches
 * every other member; a term that merely contains a member is not expanded.
 */

/** Groups of equivalent terms, as typed by a user or shipped as defaults. */
export type SynonymGroups = readonly (readonly string[])[];

/** Most groups a user table may hold. */
export const maxSynonymGroups = 500;

/** Most terms in one group. */
export const maxSynonymGroupSize = 20;

/** Longest term in a group (characters). */
export const maxSynonymLength = 100;

/**
 * A user-edited synonym table as stored in settings: bounded in every dimension, since each term
 * becomes a pattern of every rule that uses its group. Terms are trimmed; a group needs two.
 */
export const synonymGroupsSchema = z
  .array(z.array(z.string().trim().min(1).max(maxSynonymLength)).min(2).max(maxSynonymGroupSize))
  .max(maxSynonymGroups);

/**
 * Regional pairs seeded for crisis monitoring (Taiwan ↔ mainland usage, plus the long forms a
 * newsroom writes). Written in the script each region uses; folding makes script irrelevant, the
 * group makes vocabulary irrelevant.
 */
export const defaultSynonymGroups: SynonymGroups = [
  ['資料外洩', '數據泄露', '数据泄露', '数据外泄', '資料外泄', '資料洩漏', '数据泄漏'],
  ['個資外洩', '个人信息泄露', '个人信息泄漏', '個人資料外洩', '个人数据泄露'],
  ['個資', '個人資料', '个人信息', '个人数据'],
  ['網路', '网络', '網絡'],
  ['軟體', '软件'],
  ['硬體', '硬件'],
  ['資訊', '信息'],
  ['資安', '資訊安全', '信息安全', '网络安全', '網路安全'],
  ['影片', '视频', '視頻'],
  ['品質', '质量'],
  ['客服', '客户服务', '客戶服務'],
  ['駭客', '黑客'],
  ['勒索軟體', '勒索软件', '勒索病毒'],
  ['伺服器', '服务器'],
  ['程式', '程序'],
  ['行動電話', '手機', '手机', '移动电话'],
  ['簡訊', '短信'],
  ['帳號', '账号', '账户', '帳戶'],
  ['停電', '停电', '断电'],
  ['隱私', '私隱'],
  ['公關', '公关', '公共關係', '公共关系'],
];

/** Synonym groups compiled for lookup: each folded member → the folded members of its group. */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Folds every term and indexes each one to its whole group (itself included, duplicates after
 * folding removed). A term listed in two groups gets the union of both, so editing order never
 * matters. Terms that fold to nothing (only symbols) are dropped.
 */
export function buildSynonymIndex(groups: SynonymGroups): SynonymIndex {
  const index = new Map<string, Set<string>>();
  for (const group of groups) {
    const folded = new Set<string>();
    for (const term of group) {
      const text = foldForMatching(term).text;
      if (text.length > 0) {
        folded.add(text);
      }
    }
    for (const member of folded) {
      const existing = index.get(member) ?? new Set<string>();
      for (const other of folded) {
        existing.add(other);
      }
      index.set(member, existing);
    }
  }
  const result = new Map<string, readonly string[]>();
  for (const [member, members] of index) {
    result.set(member, [...members]);
  }
  return result;
}
