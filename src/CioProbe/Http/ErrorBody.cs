using System.Text.Json;

namespace CioProbe.Http
{
    /// <summary>Reads the error text out of Customer.io's error bodies (<c>meta.error</c>, <c>meta.errors</c>, <c>errors[].detail</c>).</summary>
    internal static class ErrorBody
    {
        private const int MaxLength = 200;

        public static string? Describe(string body)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                var texts = Texts(document.RootElement).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
                return texts.Count == 0 ? null : Shorten(string.Join("; ", texts));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // InvalidOperationException: a string escape that is not valid UTF-16.
                return null;
            }
        }

        public static bool SaysWrongDatacenter(string body) =>
            body.Contains("wrong datacenter", StringComparison.OrdinalIgnoreCase)
            || body.Contains("wrong data center", StringComparison.OrdinalIgnoreCase);

        private static IEnumerable<string?> Texts(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                yield break;
            }

            if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                if (meta.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
                {
                    yield return error.GetString();
                }

                if (meta.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                {
                    foreach (var e in errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String))
                    {
                        yield return e.GetString();
                    }
                }
            }

            if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
                {
                    foreach (var name in new[] { "detail", "message", "reason" })
                    {
                        if (e.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
                        {
                            yield return text.GetString();
                            break;
                        }
                    }
                }
            }
        }

        // Cut between words: a cut inside one could leave a key's first characters, too few to be recognised as a piece of it.
        private static string Shorten(string text)
        {
            var oneLine = text.ReplaceLineEndings(" ");
            if (oneLine.Length <= MaxLength)
            {
                return oneLine;
            }

            var cut = char.IsWhiteSpace(oneLine[MaxLength]) ? MaxLength : oneLine.LastIndexOf(' ', MaxLength - 1) + 1;
            return oneLine[..cut].TrimEnd() + "...";
        }
    }
}
