import type { StarterKit } from '../starterLibrary';
import { aiDataPoisoningKit } from './aiDataPoisoning';
import { competitorSmearKit } from './competitorSmear';
import { dataBreachKit } from './dataBreach';
import { impersonationKit } from './impersonation';
import { internalGrievanceKit } from './internalGrievance';
import { negativeReviewsKit } from './negativeReviews';
import { productSafetyKit } from './productSafety';
import { rumourKit } from './rumour';
import { staffConductKit } from './staffConduct';
import { supplyChainKit } from './supplyChain';

/**
 * The starter library, one kit per starter crisis type in the order of `crisisTypes`. Written by
 * the Crisis Room team from the seed documents' guidance, in three languages; a starting point to
 * adapt, never presented as a company's own plan until the user publishes a version of it.
 */
export const starterLibrary: readonly StarterKit[] = [
  negativeReviewsKit,
  rumourKit,
  competitorSmearKit,
  dataBreachKit,
  productSafetyKit,
  staffConductKit,
  supplyChainKit,
  aiDataPoisoningKit,
  impersonationKit,
  internalGrievanceKit,
];

/** The kit of a crisis type, or undefined for a type the starter library does not cover. */
export function starterKitFor(crisisTypeId: string): StarterKit | undefined {
  return starterLibrary.find((kit) => kit.crisisTypeId === crisisTypeId);
}
