// The embed's Content-Security-Policy, applied by the test server to any
// document requested with `csp=strict` in its query, with violations reported
// to /__csp-report: GET it for the reports so far (and clear them). A
// report, unlike a securitypolicyviolation listener, also catches what the
// parser refuses before any script of the test could listen.
export const STRICT_CSP =
  "default-src 'self'; img-src 'self' https: data:; style-src 'self'";

const reports = [];

export async function cspMiddleware(ctx, next) {
  if (ctx.path === '/__csp-report') {
    if (ctx.method === 'POST') {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      try {
        reports.push(JSON.parse(body));
      } catch {
        reports.push({unparsed: body});
      }
      ctx.status = 204;
    } else {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(reports.splice(0));
    }
    return;
  }
  await next();
  if (ctx.query.csp === 'strict') {
    ctx.set(
      'Content-Security-Policy',
      `${STRICT_CSP}; report-uri /__csp-report`
    );
  }
}
