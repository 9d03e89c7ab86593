using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>What every rule's descriptor shares: the categories of the id blocks, the docs link, the defaults. Each rule declares its own descriptor.</summary>
    public static class RuleCatalog
    {
        public const string DocsBaseUrl = "https://github.com/cioanalyzers/cioanalyzers/blob/main/docs/rules/";

        public static class Categories
        {
            /// <summary>0xxx: the analyzers' own configuration files.</summary>
            public const string ApiFile = "CustomerIo.ApiFile";

            /// <summary>1xxx: the data sent to Customer.io.</summary>
            public const string Data = "CustomerIo.Data";

            /// <summary>2xxx: credentials and their configuration.</summary>
            public const string Credentials = "CustomerIo.Credentials";

            /// <summary>3xxx: HTTP transport.</summary>
            public const string Transport = "CustomerIo.Transport";
        }

        public static string HelpLink(string id) => DocsBaseUrl + id + ".md";

        internal static DiagnosticDescriptor Create(string id, string title, string message, string category, string description,
            DiagnosticSeverity severity = DiagnosticSeverity.Warning, params string[] customTags)
            => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id), customTags: customTags);
    }
}
