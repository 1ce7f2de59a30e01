export { describeError, errorCode } from './errors';
export { createConsoleLogger, type Logger } from './logger';
