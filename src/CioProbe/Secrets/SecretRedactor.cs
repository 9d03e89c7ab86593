namespace CioProbe.Secrets;

/// <summary>
/// Last line of defence: replaces any credential that made its way into a message (an exception text,
/// an echoed response body) with its mask before the text leaves the probe.
/// </summary>
internal sealed class SecretRedactor
{
    // Shorter values would match ordinary words; they are never echoed by the probe anyway.
    private const int ShortestRedacted = 6;

    private readonly List<(string Secret, string Mask)> _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        _secrets = secrets
            .SelectMany(Variants)
            .Where(s => s.Length >= ShortestRedacted)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length) // replace a raw value before its trimmed form
            .Select(s => (s, SecretMask.Mask(s)))
            .ToList();
    }

    public string Redact(string text)
    {
        foreach (var (secret, mask) in _secrets)
        {
            text = text.Replace(secret, mask, StringComparison.Ordinal);
        }

        return text;
    }

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    private static IEnumerable<string> Variants(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            yield break;
        }

        yield return secret;
        yield return CredentialText.Clean(secret);
    }
}
