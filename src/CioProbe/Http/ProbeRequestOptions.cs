namespace CioProbe.Http;

/// <summary>Per-request values the resilience pipeline and the attempt counter read.</summary>
internal static class ProbeRequestOptions
{
    /// <summary>When the whole run must be over: a <c>Retry-After</c> beyond it is not waited for.</summary>
    public static readonly HttpRequestOptionsKey<DateTimeOffset> Deadline = new("CioProbe.Deadline");

    /// <summary>Counts attempts so a report can say "after 4 attempts".</summary>
    public static readonly HttpRequestOptionsKey<AttemptCounter> Attempts = new("CioProbe.Attempts");
}

/// <summary>A mutable attempt count carried on the request.</summary>
internal sealed class AttemptCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}

/// <summary>Sits under the retry handler, so it sees every attempt.</summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(ProbeRequestOptions.Attempts, out var counter))
        {
            counter.Increment();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
