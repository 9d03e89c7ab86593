using System.Text.Encodings.Web;
using System.Text.Json;

namespace CioProbe.Reporting
{
    /// <summary>Writes a report as the stable JSON object documented in docs/probe.md (schema version 1).</summary>
    public static class ProbeReportJson
    {
        /// <summary>The schema version written in <c>schemaVersion</c>; bumped only for breaking changes.</summary>
        public const int SchemaVersion = 1;

        /// <summary>The report as one indented JSON object.</summary>
        public static string Write(ProbeReport report, bool strict = false)
        {
            ArgumentNullException.ThrowIfNull(report);
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", SchemaVersion);
                json.WriteStartArray("checks");
                foreach (var check in report.Checks)
                {
                    json.WriteStartObject();
                    json.WriteString("id", check.Id);
                    json.WriteString("status", StatusText(check.Status));
                    json.WriteString("message", check.Message);
                    if (check.Advice is null)
                    {
                        json.WriteNull("advice");
                    }
                    else
                    {
                        json.WriteString("advice", check.Advice);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartObject("summary");
                foreach (var status in Enum.GetValues<CheckStatus>())
                {
                    json.WriteNumber(StatusText(status), report.Count(status));
                }

                json.WriteEndObject();
                json.WriteString("region", report.Region);
                WriteStringOrNull(json, "trackUrl", report.TrackUrl);
                WriteStringOrNull(json, "appUrl", report.AppUrl);
                json.WriteBoolean("strict", strict);
                json.WriteNumber("exitCode", report.ExitCode(strict));
                json.WriteNumber("durationMs", (long)report.Duration.TotalMilliseconds);
                json.WriteEndObject();
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary><c>ok</c>, <c>warn</c>, <c>fail</c> or <c>skipped</c>.</summary>
        public static string StatusText(CheckStatus status) => status switch
        {
            CheckStatus.Ok => "ok",
            CheckStatus.Warn => "warn",
            CheckStatus.Fail => "fail",
            _ => "skipped",
        };

        private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
        {
            if (value is null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, value);
            }
        }
    }
}
