using System.Text;

namespace CioProbe.Http
{
    /// <summary>
    /// Reads each attempt's body, up to a cap, before the attempt ends: the per-attempt timeout above it then bounds
    /// the request from the first byte sent to the last byte read, and an endless body costs at most the cap.
    /// </summary>
    internal sealed class BodyReadingHandler : DelegatingHandler
    {
        // Customer.io's answers to these calls are small; a huge body means something else answered.
        public const int MaxBodyBytes = 256 * 1024;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var answer = await ReadAsync(request, response, cancellationToken).ConfigureAwait(false);
            if (request.Options.TryGetValue(ProbeRequestOptions.Attempts, out var log))
            {
                log.LastAnswer = answer;
            }

            return response;
        }

        /// <summary>Reads the body up to the cap and puts the bytes read back as the response's content.</summary>
        public static async Task<Answer> ReadAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
        {
            try
            {
                var (bytes, truncated) = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
                var buffered = new ByteArrayContent(bytes);
                foreach (var header in response.Content.Headers)
                {
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                // Disposing the streamed content drops the connection, and with it whatever the server still sends.
                response.Content.Dispose();
                response.Content = buffered;
                return new Answer((int)response.StatusCode, Encoding.UTF8.GetString(bytes), truncated, Location(request, response), ProbeResilience.RetryAfter(response));
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static async Task<(byte[] Bytes, bool Truncated)> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new byte[MaxBodyBytes + 1];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return read > MaxBodyBytes ? (buffer[..MaxBodyBytes], true) : (buffer[..read], false);
        }

        private static Uri? Location(HttpRequestMessage request, HttpResponseMessage response) =>
            response.Headers.Location is not { } location ? null
            : location.IsAbsoluteUri ? location
            : request.RequestUri is { } requestUri && Uri.TryCreate(requestUri, location, out var resolved) ? resolved
            : null;
    }
}
