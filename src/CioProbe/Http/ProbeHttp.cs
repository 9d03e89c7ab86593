using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using CioProbe.Checks;
using Polly.Timeout;

namespace CioProbe.Http;

/// <summary>Sends one request through the resilient client and turns every ending into an <see cref="HttpOutcome"/>.</summary>
internal static class ProbeHttp
{
    // Customer.io's answers to these calls are small; a huge body means something else answered.
    private const int MaxBodyChars = 256 * 1024;

    public static async Task<HttpOutcome> SendAsync(ProbeRun run, HttpMethod method, Uri uri, Credential credential, string? jsonBody = null)
    {
        var host = UrlDisplay.Of(new Uri(uri.GetLeftPart(UriPartial.Authority)))!;
        var attempts = new AttemptCounter();
        using var request = new HttpRequestMessage(method, uri);
        try
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(credential.Scheme, credential.Parameter);
        }
        catch (FormatException)
        {
            return Failed(host, TransportFailure.UnsendableCredential, null, attempts);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("cio-probe", "1"));
        request.Options.Set(ProbeRequestOptions.Deadline, run.Deadline);
        request.Options.Set(ProbeRequestOptions.Attempts, attempts);
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        try
        {
            using var response = await run.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, run.RunToken).ConfigureAwait(false);
            var body = await ReadBodyAsync(response, run).ConfigureAwait(false);
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(uri, l)) : null;
            return new HttpOutcome(host, (int)response.StatusCode, body, location, ProbeResilience.RetryAfter(response), TransportFailure.None, null, attempts.Count);
        }
        catch (TimeoutRejectedException)
        {
            return Failed(host, TransportFailure.Timeout, null, attempts);
        }
        catch (OperationCanceledException) when (!run.CallerToken.IsCancellationRequested)
        {
            return Failed(host, TransportFailure.Deadline, null, attempts);
        }
        catch (HttpRequestException ex)
        {
            return Failed(host, Classify(ex), Describe(ex), attempts);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or NotSupportedException)
        {
            // The type says enough; a message could echo request details.
            return Failed(host, TransportFailure.Network, ex.GetType().Name, attempts);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, ProbeRun run)
    {
        // The per-attempt timeout of the pipeline ends at the headers; the body gets its own.
        using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(run.RunToken);
        bodyTimeout.CancelAfter(run.Options.RequestTimeout);
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync(bodyTimeout.Token).ConfigureAwait(false);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var buffer = new char[MaxBodyChars];
            var read = await reader.ReadBlockAsync(buffer.AsMemory(), bodyTimeout.Token).ConfigureAwait(false);
            return new string(buffer, 0, read);
        }
        catch (OperationCanceledException) when (!run.RunToken.IsCancellationRequested)
        {
            throw new TimeoutRejectedException();
        }
    }

    private static HttpOutcome Failed(string host, TransportFailure failure, string? detail, AttemptCounter attempts) =>
        new(host, null, string.Empty, null, null, failure, detail, attempts.Count);

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
