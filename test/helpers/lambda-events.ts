import { BOT_TOKEN, SIGNING_SECRET, signatureHeaders, slashCommand } from './slack-requests';

/** An API Gateway HTTP API (payload v2) event, as Lambda receives it. */
export function apiGatewayV2(body: string, headers: Record<string, string>, base64 = false) {
  return {
    version: '2.0',
    routeKey: 'POST /slack/events',
    rawPath: '/slack/events',
    rawQueryString: '',
    headers: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value])),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'example.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'example',
      http: {
        method: 'POST',
        path: '/slack/events',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'Slackbot 1.0',
      },
      requestId: 'id',
      routeKey: 'POST /slack/events',
      stage: '$default',
      time: '27/Nov/2026:08:00:00 +0000',
      timeEpoch: 1_700_000_000_000,
    },
    body: base64 ? Buffer.from(body, 'utf8').toString('base64') : body,
    isBase64Encoded: base64,
  };
}

/** A /hrfaq slash command, signed (with `secret` if given), as API Gateway hands it to the Lambda handler. */
export function slashCommandEvent(
  text: string,
  responseUrl: string,
  { secret, base64 = false }: { secret?: string; base64?: boolean } = {},
) {
  const request = slashCommand(text, responseUrl);
  const headers = { 'Content-Type': request.contentType, ...signatureHeaders(request.body, secret ? { secret } : {}) };
  return apiGatewayV2(request.body, headers, base64);
}

/** The settings the Lambda handler runs with in tests (no app token: HTTP via API Gateway), plus `extra`. */
export function lambdaEnv(apiUrl: string, extra: Record<string, string>): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    LOG_LEVEL: 'error',
    SLACK_APP_TOKEN: '',
    ANALYTICS_SALT: 'a-test-salt-that-is-long-enough',
    ...extra,
  };
}
