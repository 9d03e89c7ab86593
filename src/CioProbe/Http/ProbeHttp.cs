using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Polly.Timeout;

namespace CioProbe.Http
{
    /// <summary>Sends one request through the resilient client and turns every ending into an <see cref="HttpOutcome"/>.</summary>
    internal static class ProbeHttp
    {
        public static async Task<HttpOutcome> SendAsync(ProbeRun run, HttpMethod method, Uri uri, Credential credential, string? jsonBody = null)
        {
            var host = UrlDisplay.Of(new Uri(uri.GetLeftPart(UriPartial.Authority)))!;
            var log = new AttemptLog();
            if (!credential.Sendable)
            {
                return Failed(host, TransportFailure.UnsendableCredential, null, log);
            }

            using var request = new HttpRequestMessage(method, uri);
            try
            {
                request.Headers.Authorization = new AuthenticationHeaderValue(credential.Scheme, credential.Parameter);
            }
            catch (FormatException)
            {
                return Failed(host, TransportFailure.UnsendableCredential, null, log);
            }

            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("cio-probe", "1"));
            request.Options.Set(ProbeRequestOptions.Deadline, run.Deadline);
            request.Options.Set(ProbeRequestOptions.Attempts, log);
            if (jsonBody is not null)
            {
                request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
            }

            try
            {
                // The body is read under the attempt's timeout by BodyReadingHandler, which logs the answer.
                using var response = await run.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, run.RunToken).ConfigureAwait(false);
                if (log.LastAnswer is null)
                {
                    // A caller's client without the probe's handlers: one attempt as far as the probe can tell, read here.
                    if (log.Count == 0)
                    {
                        log.Increment();
                    }

                    log.LastAnswer = await BodyReadingHandler.ReadAsync(request, response, run.RunToken).ConfigureAwait(false);
                }

                run.NoteRetryAfter(log.LastAnswer.RetryAfter);
                return FromAnswer(host, log, TransportFailure.None);
            }
            catch (TimeoutRejectedException)
            {
                return FromAnswer(host, log, TransportFailure.Timeout);
            }
            catch (OperationCanceledException) when (!run.CallerToken.IsCancellationRequested)
            {
                return FromAnswer(host, log, TransportFailure.Deadline);
            }
            catch (HttpRequestException ex)
            {
                return Failed(host, Classify(ex), Describe(ex), log);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or NotSupportedException)
            {
                // The type says enough; a message could echo request details.
                return Failed(host, TransportFailure.Network, ex.GetType().Name, log);
            }
        }

        // A retry cut short by the timeout or the deadline reports the last real answer, not the cut.
        private static HttpOutcome FromAnswer(string host, AttemptLog log, TransportFailure cut)
        {
            if (log.LastAnswer is not { } answer)
            {
                return Failed(host, cut, null, log);
            }

            return new HttpOutcome(host, answer.StatusCode, answer.Body, answer.Location, answer.RetryAfter, TransportFailure.None, null, log.Count)
            {
                BodyTruncated = answer.BodyTruncated,
                Stop = log.Stop,
                RefusedWait = log.RefusedWait,
                LaterAttempt = cut,
            };
        }

        private static HttpOutcome Failed(string host, TransportFailure failure, string? detail, AttemptLog log) =>
            new(host, null, string.Empty, null, null, failure, detail, log.Count);

        private static TransportFailure Classify(HttpRequestException ex)
        {
            if (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return TransportFailure.ConnectionRefused;
            }

            return ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => TransportFailure.NameResolution,
                HttpRequestError.SecureConnectionError => TransportFailure.SecureConnection,
                _ => TransportFailure.Network,
            };
        }

        // The innermost message names the socket error ("Connection reset by peer"); request messages carry no credentials, and the report is redacted anyway.
        private static string Describe(HttpRequestException ex)
        {
            Exception inner = ex;
            while (inner.InnerException is not null)
            {
                inner = inner.InnerException;
            }

            return inner.Message;
        }
    }
}
