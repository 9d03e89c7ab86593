namespace CioProbe.Http;

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

/// <summary>What one logical request produced, after retries: a response, or the reason there was none.</summary>
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
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public bool IsRedirect => StatusCode is >= 300 and < 400;

    public bool IsServerError => StatusCode >= 500;
}
