import { describe, expect, it } from 'vitest';
import { appScheme } from '../../../../electron/main/security/appOrigin';
import {
  appSchemePrivileges,
  appSchemeRegistration,
} from '../../../../electron/main/security/appScheme';

describe('app scheme registration', () => {
  it('registers the app scheme as standard and secure', () => {
    expect(appSchemeRegistration.scheme).toBe(appScheme);
    expect(appSchemeRegistration.scheme).toBe('app');
    expect(appSchemeRegistration.privileges).toBe(appSchemePrivileges);
    expect(appSchemePrivileges.standard).toBe(true);
    expect(appSchemePrivileges.secure).toBe(true);
  });

  it('lets the page fetch its own files', () => {
    expect(appSchemePrivileges.supportFetchAPI).toBe(true);
  });

  it('grants nothing that loosens the page', () => {
    for (const loosening of [
      'bypassCSP',
      'corsEnabled',
      'allowServiceWorkers',
      'enableFileSystemAPI',
    ]) {
      expect(appSchemePrivileges).not.toHaveProperty(loosening);
    }
  });

  it('holds exactly the reviewed privileges', () => {
    expect(appSchemePrivileges).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
      codeCache: true,
    });
  });
});
