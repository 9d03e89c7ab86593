namespace CioProbe.Http;

/// <summary>An Authorization scheme and its parameter; turned into a header only inside <see cref="ProbeHttp"/>, where a malformed value is a finding.</summary>
internal sealed record Credential(string Scheme, string Parameter)
{
    // Keeps the parameter out of any generated ToString (records print their members).
    public override string ToString() => Scheme;
}
