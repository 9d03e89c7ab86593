using System.CommandLine;
using CioProbe.Reporting;
using CioProbe.Secrets;

namespace CioProbe.Tool
{
    /// <summary>
    /// What every line the tool prints outside the report passes through (usage errors, notes, the sources line): the
    /// redaction and sanitising of findings, with every value the run was given as a secret. A usage error may quote any
    /// argument, and a key pasted in the wrong place (<c>--timeout=key</c>, <c>--config key</c>) is still a key.
    /// </summary>
    internal static class PrintedText
    {
        private static readonly char[] PathMarks = ['/', '\\', '.'];

        public static SafeText For(ProbeCommand command, ParseResult parse, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment, CustomerIoProbeOptions? settings = null)
        {
            var shown = ShownValues(command, parse);
            var values = args.Select(ValueOf).Where(v => v is not null && !shown.Contains(v))
                .Concat(SettingVariables(environment))
                .Concat(settings is null ? [] : [settings.SiteId, settings.TrackApiKey, settings.AppApiKey, settings.Region]);
            return new SafeText(new SecretRedactor(values, settings?.SiteId, settings?.TrackApiKey));
        }

        // "--opt=value" and "--opt:value" carry a value too; a lone argument is all value.
        private static string? ValueOf(string arg)
        {
            if (!arg.StartsWith('-'))
            {
                return arg;
            }

            var separator = arg.IndexOfAny(['=', ':']);
            return separator < 0 ? null : arg[(separator + 1)..];
        }

        // Identifiers meant to be shown; a --config value only when it looks like a path, since a bare word may be a key.
        private static HashSet<string> ShownValues(ProbeCommand command, ParseResult parse)
        {
            IEnumerable<string> Tokens(Option option) => parse.GetResult(option)?.Tokens.Select(t => t.Value) ?? [];
            return command.ShownValues.SelectMany(Tokens)
                .Concat(Tokens(command.Config).Where(v => v.IndexOfAny(PathMarks) >= 0))
                .ToHashSet(StringComparer.Ordinal);
        }

        private static IEnumerable<string?> SettingVariables(IReadOnlyDictionary<string, string?> environment) =>
            environment
                .Where(e => e.Key.StartsWith("CUSTOMERIO_", StringComparison.OrdinalIgnoreCase) || e.Key.StartsWith("CustomerIO__", StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Value);
    }
}
