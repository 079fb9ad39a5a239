export { commandWorks, missing, prereqsRequired, terraformBin } from './prereqs';
export { seededRandom } from './random';
