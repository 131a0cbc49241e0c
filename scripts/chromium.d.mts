export declare const DEBIAN_CHROMIUM: string;
export declare const chromiumLaunchOptions: { executablePath?: string; args?: string[] };
