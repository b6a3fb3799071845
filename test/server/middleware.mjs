// Test-server middleware: the bad cases a real feed server produces, served over real HTTP.
// Each route lives under /__news/; fixtures under test/fixtures/ are served as plain files.
export const testMiddleware = [];
