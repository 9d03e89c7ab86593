using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// A team's own Customer.io gateway, the code that calls it, and the CustomerIo.Api.txt that tells the
    /// analyzers which of the gateway's parameters and properties carry which Customer.io role.
    /// Lines of the calling code that must draw a diagnostic end with <c>// expect CIOnnnn</c>, followed by
    /// <c>through the API file</c> where only the file's entries make the rule see the call.
    /// </summary>
    public static class WrapperFiles
    {
        public const string ApiFile = "CustomerIo.Api.txt";

        /// <summary>
        /// Build arguments that leave the file out, to show it is what makes the rules fire: the project's own item is
        /// conditioned on CioWrapperFile, the package's on CioAnalyzersIncludeApiFile.
        /// </summary>
        public static readonly string[] WithoutApiFile = { "-p:CioWrapperFile=false", "-p:CioAnalyzersIncludeApiFile=false" };

        public const string CallingCode = "Signups.cs";

        private const string ValidEntries = """
            # Acme's Customer.io gateway: its parameters and properties carry these Customer.io roles.
            customer-id    M:Acme.Crm.CustomerIoGateway.IdentifyAsync(System.String,System.Collections.Generic.IDictionary{System.String,System.Object}) userId
            unix-seconds   P:Acme.Crm.CrmEvent.OccurredAt
            site-id        M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) siteId
            track-api-key  M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) apiKey
            customer-id    M:Acme.Crm.CustomerIoGateway.TagAsync(System.String,System.String) userId

            """;

        /// <summary>One of each kind of mistake in the file: no symbol, an unknown role, a symbol and a parameter that do not exist.</summary>
        private static readonly ImmutableArray<string> BrokenEntries = ImmutableArray.Create(
            "customer-id",
            "customer-key   P:Acme.Crm.CrmEvent.UserId",
            "customer-id    M:Acme.Crm.CustomerIoGateway.ForgetAsync(System.String) userId",
            "customer-id    M:Acme.Crm.CustomerIoGateway.IdentifyAsync(System.String,System.Collections.Generic.IDictionary{System.String,System.Object}) customerId");

        private const string Gateway = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using CustomerIOSharp;

            namespace Acme.Crm;

            /// <summary>The team's single entry point to Customer.io.</summary>
            public sealed class CustomerIoGateway
            {
                private readonly CustomerIo client;

                public CustomerIoGateway(string siteId, string apiKey) => client = new CustomerIo(siteId, apiKey);

                public Task IdentifyAsync(string userId, IDictionary<string, object> attributes)
                    => client.TrackEventAsync("identified", attributes, null, userId);

                // Trimmed before it is sent: not passed on unchanged, so only the API file makes it a customer id.
                public Task TagAsync(string userId, string tag)
                    => client.TrackEventAsync(tag, null, null, userId.Trim());

                public Task RecordAsync(CrmEvent crmEvent)
                    => client.TrackEventAsync(crmEvent.Name, new { occurred = crmEvent.OccurredAt }, null, crmEvent.UserId);
            }

            public sealed class CrmEvent
            {
                public string Name { get; set; } = "event";

                public string UserId { get; set; } = "unknown";

                public long OccurredAt { get; set; }
            }
            """;

        private const string Signups = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme.Crm;
            using CustomerIOSharp;

            namespace Acme.Shop;

            public sealed class Signups
            {
                public static CustomerIoGateway Gateway() => new CustomerIoGateway(
                    Environment.GetEnvironmentVariable("CRM_CIO_SITE_ID")!, // expect CIO2001 through the API file
                    Environment.GetEnvironmentVariable("CRM_CIO_API_KEY")!); // expect CIO2001 through the API file

                // IdentifyAsync passes its userId on unchanged: an inferred wrapper, reported with or without the API file.
                public Task GuestAsync(CustomerIoGateway gateway)
                    => gateway.IdentifyAsync("", new Dictionary<string, object>()); // expect CIO1002

                public Task TagGuestAsync(CustomerIoGateway gateway)
                    => gateway.TagAsync("", "guest"); // expect CIO1002 through the API file

                public Task PaidAsync(CustomerIoGateway gateway, string userId)
                    => gateway.RecordAsync(new CrmEvent
                    {
                        Name = "paid",
                        UserId = userId,
                        OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), // expect CIO1001 through the API file
                    });

                public Task LegacyGuestAsync(CustomerIo legacyClient)
                    => legacyClient.TrackEventAsync("guest", null, null, ""); // expect CIO1002
            }
            """;

        /// <summary>The 1-based lines of the API file that hold a broken entry.</summary>
        public static ImmutableArray<int> BrokenLines { get; } = ApiFileText
            .Split('\n')
            .Select((text, index) => (Text: text, Line: index + 1))
            .Where(x => BrokenEntries.Contains(x.Text))
            .Select(x => x.Line)
            .ToImmutableArray();

        private static string ApiFileText => ValidEntries.Replace("\r\n", "\n") + "# Broken entries, each reported on its own line:\n" + string.Join("\n", BrokenEntries) + "\n";

        /// <summary>
        /// The (line, id) pairs the calling code's markers expect: with the API file, all of them; without it, those on
        /// direct client-library calls and through the wrapper methods the analyzers infer (a parameter passed on unchanged).
        /// </summary>
        public static ImmutableHashSet<(int Line, string Id)> ExpectedAtCallSites(bool withApiFile) => Signups
            .Replace("\r\n", "\n")
            .Split('\n')
            .Select((text, index) => (Line: index + 1, Marker: Regex.Match(text, @"// expect (?<id>CIO\d{4})(?<wrapper> through the API file)?\s*$")))
            .Where(x => x.Marker.Success && (withApiFile || !x.Marker.Groups["wrapper"].Success))
            .Select(x => (x.Line, x.Marker.Groups["id"].Value))
            .ToImmutableHashSet();

        /// <summary>
        /// Writes the gateway, its callers and the API file. With <paramref name="listsApiFile"/> the project file lists the
        /// API file as an AdditionalFiles item too, as projects did before the package added it by itself.
        /// </summary>
        public static void Write(ConsumerProject project, string packageVersion, bool listsApiFile)
        {
            project.WriteProjectFile(packageVersion, extraItems: !listsApiFile ? "" : $"""
                  <ItemGroup Condition="'$(CioWrapperFile)' != 'false'">
                    <AdditionalFiles Include="{ApiFile}" />
                  </ItemGroup>
                """);
            project.Write("CustomerIoGateway.cs", Gateway);
            project.Write(CallingCode, Signups);
            project.Write(ApiFile, ApiFileText);
        }
    }
}
