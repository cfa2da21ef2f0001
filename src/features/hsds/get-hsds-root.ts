/** The HSDS API's base object (examples/base.json): the HSDS version, and where the API's OpenAPI document is. */
export function getHsdsRoot(publicUrl: string): { version: string; openapi_url: string } {
  return { version: '3.0', openapi_url: new URL('/api/openapi.json', publicUrl).toString() };
}
