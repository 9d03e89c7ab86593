using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>Every rule's descriptor in one place: id, texts, category, severity and the docs page.</summary>
    public static class RuleCatalog
    {
        public const string DocsBaseUrl = "https://github.com/cioanalyzers/cioanalyzers/blob/main/docs/rules/";

        public static class Categories
        {
            /// <summary>0xxx: the analyzers' own configuration files.</summary>
            public const string Configuration = "CustomerIo.Configuration";

            /// <summary>1xxx: the data sent to Customer.io.</summary>
            public const string Data = "CustomerIo.Data";

            /// <summary>2xxx: credentials and their configuration.</summary>
            public const string Credentials = "CustomerIo.Credentials";

            /// <summary>3xxx: HTTP transport.</summary>
            public const string Transport = "CustomerIo.Transport";
        }

        public static readonly DiagnosticDescriptor InvalidApiFileEntry = Create(
            DiagnosticIds.InvalidApiFileEntry,
            "Invalid entry in CustomerIo.Api.txt",
            "CustomerIo.Api.txt line {0} is not used: {1}",
            Categories.Configuration,
            "Each line of CustomerIo.Api.txt gives a Customer.io role to a parameter or property of your own code. A line that does not parse, names an unknown role, a symbol that does not resolve or a parameter that does not exist would leave that wrapper unchecked.");

        public static readonly DiagnosticDescriptor UnixMilliseconds = Create(
            DiagnosticIds.UnixMilliseconds,
            "Unix timestamp in milliseconds where Customer.io expects seconds",
            "{0} produces Unix milliseconds, but {1} takes Unix seconds: Customer.io stores a date near the year 48,000 and segments never match",
            Categories.Data,
            "Customer.io timestamps (created_at, _timestamp, event timestamp, last_used, send_at) are integer Unix seconds. A millisecond value is accepted without error and silently breaks segments, campaigns and date filters.");

        public static readonly DiagnosticDescriptor EmptyCustomerIdentifier = Create(
            DiagnosticIds.EmptyCustomerIdentifier,
            "Empty or blank customer identifier",
            "{0} receives an empty or blank customer identifier: Customer.io rejects it, or the request goes to customers//",
            Categories.Data,
            "Customer.io identifies a person by a non-empty id, email or cio_ id. An empty id is rejected with 'id attribute cannot be an empty string', and an empty path segment addresses no one.");

        public static readonly DiagnosticDescriptor MaybeMissingCredential = Create(
            DiagnosticIds.MaybeMissingCredential,
            "Customer.io credential from a configuration value that may be missing",
            "The {0} passed to {1} comes from {2}, which is null when it is not set: Customer.io then answers 401 far from the cause",
            Categories.Credentials,
            "Site ids and API keys read from environment variables or configuration are null when the setting is missing. The client still starts and every call fails with 401 at run time. Fail at start-up with the name of the missing setting instead.");

        public static ImmutableArray<DiagnosticDescriptor> All { get; } =
            ImmutableArray.Create(InvalidApiFileEntry, UnixMilliseconds, EmptyCustomerIdentifier, MaybeMissingCredential);

        public static string HelpLink(string id) => DocsBaseUrl + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, string description,
            DiagnosticSeverity severity = DiagnosticSeverity.Warning)
            => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
    }
}
