using System;
using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Rules;

namespace CioAnalyzers.RuleTables
{
    /// <summary>
    /// Renders the role table of docs/configuration.md from the role registry: the roles a wrapper file may give, what
    /// each means and which rules judge it. Shared by the tool that rewrites the file and by the test that fails when it drifts.
    /// </summary>
    internal static class RoleTableRenderer
    {
        public const string Begin = "<!-- roles:begin -->";

        public const string End = "<!-- roles:end -->";

        public const string File = "docs/configuration.md";

        /// <summary>The Markdown table, lines separated by "\n".</summary>
        public static string Table()
            => string.Join("\n", new[] { "| Role | Meaning | Rules that use it |", "|---|---|---|" }
                .Concat(RoleRegistry.Configurable.Select(d =>
                    $"| `{d.ConfigName}` | {RuleTableRenderer.Cell(d.ConfigMeaning ?? d.Wording)} | {string.Join(", ", RulesOf(d))} |")));

        /// <summary>
        /// The rules handed values of the role, and for a payload role those handed its members: the roles the JSON keys
        /// with a role give a member of a payload a wrapper sends.
        /// </summary>
        private static IEnumerable<string> RulesOf(RoleDefinition definition)
        {
            var roles = new HashSet<ApiRole> { definition.Role };
            if (definition.Has(RoleTraits.Payload))
            {
                foreach (var key in KeysWithRoles())
                {
                    roles.Add(KnownHttpApi.RoleOfKey(HttpApiKind.Track, HttpEndpoint.Other, key, definition.PayloadKey, personInPath: false));
                }
            }

            return RoleSinkAnalyzer.Rules
                .Where(rule => roles.Any(rule.AppliesTo))
                .Select(rule => rule.Descriptor.Id)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => id, StringComparer.Ordinal);
        }

        private static IEnumerable<string> KeysWithRoles()
            => KnownHttpApi.UnixSecondsKeys.Concat(new[]
            {
                "signed_up" + KnownHttpApi.UnixSecondsKeySuffix, KnownHttpApi.EmailKey, KnownHttpApi.IdKey, KnownHttpApi.CioIdKey,
                KnownHttpApi.EventNameKey, KnownHttpApi.EventDataKey, KnownHttpApi.UnsubscribedKey, KnownHttpApi.RecipientKey,
            });
    }
}
