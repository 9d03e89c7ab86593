using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Configuration
{
    /// <summary>CIO0001: every line of CustomerIo.Api.txt is used or reported, never silently ignored.</summary>
    public class ApiFileAnalyzerTests
    {
        private const string Code = """
            namespace Acme.Crm
            {
                public sealed class Gateway
                {
                    public Gateway(string apiKey) { }
                    public void Identify(string userId) { }
                    public long OccurredAt { get; set; }
                }
            }
            """;

        private static DiagnosticResult Line(int line, int length, string message)
            => new DiagnosticResult(ApiFileAnalyzer.Rule)
                .WithSpan(Verifier.ApiFileName, line, 1, line, 1 + length)
                .WithArguments(line, message);

        [Fact]
        public Task ValidFileIsSilent() => VerifyAnalyzer<ApiFileAnalyzer>.AnalyzerWithApiFile(Code, """
            # comments and blank lines are fine

            customer-id    M:Acme.Crm.Gateway.Identify(System.String) userId   # trailing comment
            unix-seconds	P:Acme.Crm.Gateway.OccurredAt
            track-api-key  M:Acme.Crm.Gateway.#ctor(System.String) apiKey
            """);

        [Fact]
        public Task EveryUnusableLineIsReportedWhereItIs()
        {
            const string file = """
                customer-id M:Acme.Crm.Gateway.Identify(System.String) userId
                customer-id
                customer-idd M:Acme.Crm.Gateway.Identify(System.String) userId
                customer-id M:Acme.Crm.Gateway.Identify(System.Int32) userId
                customer-id M:Acme.Crm.Gateway.Identify(System.String) user
                customer-id M:Acme.Crm.Gateway.Identify(System.String)
                unix-seconds P:Acme.Crm.Gateway.OccurredAt value
                email T:Acme.Crm.Gateway
                customer-id M:Acme.Crm.Gateway.Identify(System.String) userId extra
                """;
            return VerifyAnalyzer<ApiFileAnalyzer>.AnalyzerWithApiFile(
                Code,
                file,
                Line(2, 11, "expected '<role> <documentation-comment-id> [<parameter name>]'"),
                Line(3, 62, "unknown role 'customer-idd'; the roles are customer-id, unix-seconds, email, event-name, site-id, track-api-key, app-api-key, write-key, attributes, event-data"),
                Line(4, 60, "'M:Acme.Crm.Gateway.Identify(System.Int32)' does not resolve to a method or property of this compilation or its references"),
                Line(5, 59, "'M:Acme.Crm.Gateway.Identify(System.String)' has no parameter named 'user': it has userId"),
                Line(6, 54, "'M:Acme.Crm.Gateway.Identify(System.String)' is a method: name the parameter that carries the customer identifier"),
                Line(7, 48, "'P:Acme.Crm.Gateway.OccurredAt' is a property: it takes no parameter name"),
                Line(8, 24, "'T:Acme.Crm.Gateway' is not a method (M:) or property (P:) documentation-comment id"),
                Line(9, 67, "expected '<role> <documentation-comment-id> [<parameter name>]'"));
        }
    }
}
