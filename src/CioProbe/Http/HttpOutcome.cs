namespace CioProbe.Http
{
    /// <summary>Why no HTTP response came back.</summary>
    internal enum TransportFailure
    {
        None,
        Timeout,
        Deadline,
        ConnectionRefused,
        NameResolution,
        SecureConnection,
        Network,
        /// <summary>The credential holds characters an HTTP header cannot carry; nothing was sent.</summary>
        UnsendableCredential,
    }

    /// <summary>What one logical request produced, after retries: the last answer, or the reason there was none.</summary>
    internal sealed record HttpOutcome(
        string Host,
        int? StatusCode,
        string Body,
        Uri? Location,
        TimeSpan? RetryAfter,
        TransportFailure Failure,
        string? FailureDetail,
        int Attempts)
    {
        /// <summary>The body was longer than the probe reads; <see cref="Body"/> holds its start.</summary>
        public bool BodyTruncated { get; init; }

        /// <summary>Why a retryable answer was not retried.</summary>
        public RetryStop Stop { get; init; }

        /// <summary>The wait not started because it would have ended after the deadline.</summary>
        public TimeSpan? RefusedWait { get; init; }

        /// <summary>How a later attempt ended when it cut short after this answer (a timeout or the deadline); None otherwise.</summary>
        public TransportFailure LaterAttempt { get; init; }

        /// <summary>The port the request went to, for advice about firewalls.</summary>
        public int Port => Uri.TryCreate(Host, UriKind.Absolute, out var uri) ? uri.Port : 443;

        public bool IsSuccess => StatusCode is >= 200 and < 300;

        public bool IsRedirect => StatusCode is >= 300 and < 400;

        public bool IsServerError => StatusCode >= 500;
    }
}
