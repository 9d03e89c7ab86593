using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>
    /// Builds a deterministic, realistic C# code base of about the requested number of lines: services with LINQ,
    /// async code and HttpClient calls to many hosts. Customer.io's share is 3% of all methods, counted method by method
    /// (a placed file counts every method it declares): with Customer.io, its draws are service-shaped files whose values
    /// cross members (some with a mistake), every rule's docs examples (mistake and correct form) in turn, methods using
    /// the SDK stand-ins, RestSharp or raw HTTP, and look-alikes (the user's own types named like the libraries', services
    /// towards other hosts); without Customer.io, the same services and look-alikes towards other hosts, and calls to
    /// other hosts for the rest.
    /// </summary>
    internal sealed class CorpusGenerator
    {
        private const int LinesPerFile = 400;
        private const double CustomerIoShare = 0.03;

        private static readonly string[] Hosts =
        {
            "api.github.com", "api.stripe.com", "hooks.slack.com", "api.sendgrid.com", "graph.microsoft.com",
            "api.twilio.com", "api.mixpanel.com", "api.segment.io", "orders.internal.acme.net", "billing.internal.acme.net",
            "inventory.internal.acme.net", "search.internal.acme.net", "api.hubspot.com", "api.intercom.io", "api.zendesk.com",
        };

        private const string ApiFilePath = "/Corpus/CustomerIo.Api.txt";

        private readonly Random random;
        private readonly bool withCustomerIo;
        private readonly List<(string Name, string Source)> pending = new();
        private int examplesPlaced;
        private int lookAlikesPlaced;
        private int customerIoServices;
        private int otherServices;
        private int methods;
        private int shareMethods;

        public CorpusGenerator(int seed, bool withCustomerIo)
        {
            random = new Random(seed);
            this.withCustomerIo = withCustomerIo;
        }

        public GeneratedCorpus Generate(int lines, bool everyRule)
        {
            var files = new List<(string Name, string Source)>();
            var total = 0;
            for (var index = 0; total < lines; index++)
            {
                var source = File(index, Math.Min(LinesPerFile, lines - total));
                files.Add(($"Module{index:D4}.cs", source));
                files.AddRange(pending);
                total += LineCount(source) + pending.Sum(f => LineCount(f.Source));
                pending.Clear();
            }

            if (!withCustomerIo)
            {
                return new GeneratedCorpus(files, CorpusSettings.For(withCustomerIo: false), Array.Empty<string>(), methods, shareMethods);
            }

            // However small the corpus, every rule's mistake is in it (beyond the 3% when the share did not reach them all).
            while (everyRule && examplesPlaced < Repeatable.Count)
            {
                PlaceNextExample();
            }

            // Examples with a CustomerIo.Api.txt name their wrapper's members as written: placed once, their files merged.
            var withApiFile = RuleExamples.All.Where(e => e.NeedsApiFile && !e.Compliant).ToList();
            pending.AddRange(withApiFile.Select(e => ($"{e.Name}.cs", e.Example.Code)));
            files.AddRange(pending);
            pending.Clear();
            var apiFile = string.Join("\n", withApiFile.Select(e => e.Example.ApiFile));
            foreach (var example in withApiFile)
            {
                Count(MethodCount(example.Example.Code), share: true);
            }

            var additional = CorpusSettings.For(withCustomerIo: true).ToList();
            if (withApiFile.Count > 0)
            {
                additional.Add((ApiFilePath, apiFile));
            }

            return new GeneratedCorpus(files, additional, withApiFile.Select(e => $"{e.Name}.cs").ToList(), methods, shareMethods);
        }

        private static IReadOnlyList<RuleExample> Repeatable { get; } = RuleExamples.All.Where(e => !e.NeedsApiFile).ToList();

        private void PlaceNextExample()
        {
            var example = Repeatable[examplesPlaced % Repeatable.Count];
            pending.Add(($"{example.Name}{examplesPlaced:D4}.cs", example.InNamespace($"Acme.Examples.{example.Name}{examplesPlaced}")));
            Count(MethodCount(example.Example.Code), share: true);
            examplesPlaced++;
        }

        private void PlaceNextLookAlike()
        {
            // The look-alike template the rule tests use, handed a millisecond timestamp or an empty id in turn; without
            // Customer.io its own client aims elsewhere, since a project without Customer.io names none of its hosts.
            var host = withCustomerIo ? "track.customer.io" : "api.example.com";
            var source = lookAlikesPlaced % 2 == 0
                ? LookAlikes.Sending("long", "DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()", host)
                : LookAlikes.Sending("string", "\"\"", host);
            pending.Add(($"LookAlike{lookAlikesPlaced:D4}.cs", source.Replace("namespace Acme.LookAlikes", $"namespace Acme.LookAlikes{lookAlikesPlaced}")));
            Count(MethodCount(source), share: true);
            lookAlikesPlaced++;
        }

        private void PlaceNextService(bool towardsCustomerIo)
        {
            // Every third service of each kind carries a mistake across members, the five mistakes in turn, so that a
            // corpus of a dozen services holds them all; towards another host they must all stay silent, mistakes included.
            var count = towardsCustomerIo ? customerIoServices++ : otherServices++;
            var mistake = count % 3 == 1 ? (ServiceMistake)(1 + count / 3 % 5) : ServiceMistake.None;
            var host = towardsCustomerIo ? "track.customer.io" : Hosts[random.Next(Hosts.Length)];
            var files = ServiceFiles.Generate(random, customerIoServices + otherServices, host, towardsCustomerIo ? "CustomerIO" : "Partner", mistake);
            pending.AddRange(files);
            Count(files.Sum(f => MethodCount(f.Source)), share: true);
        }

        private void Count(int count, bool share)
        {
            methods += count;
            shareMethods += share ? count : 0;
        }

        /// <summary>Members with a body (methods, constructors, accessors, operators, local functions); top-level code is one.</summary>
        private static int MethodCount(string source)
        {
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            return root.DescendantNodes().Count(n => n is BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null }
                    or AccessorDeclarationSyntax { Body: not null } or AccessorDeclarationSyntax { ExpressionBody: not null } or LocalFunctionStatementSyntax)
                + (root.ChildNodes().OfType<GlobalStatementSyntax>().Any() ? 1 : 0);
        }

        private static int LineCount(string text) => text.Count(c => c == '\n');

        private string File(int index, int lines)
        {
            var text = new StringBuilder();
            text.Append($$"""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Net.Http;
                using System.Net.Http.Json;
                using System.Text;
                using System.Threading;
                using System.Threading.Tasks;
                using Microsoft.Extensions.Configuration;
                using RestSharp;

                namespace Acme.Module{{index}};

                public sealed record Order{{index}}(int Id, string Name, decimal Amount, DateTimeOffset PlacedAt, string Region);

                public sealed class Service{{index}}(HttpClient http, IConfiguration configuration)
                {
                    private readonly Dictionary<int, Order{{index}}> cache = new();
                    private int calls;

                """);
            var method = 0;
            while (Count(text) < lines - 2)
            {
                text.Append(Method(index, method++));
            }

            text.Append("}\n");
            return text.ToString();
        }

        private static int Count(StringBuilder text)
        {
            var count = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    count++;
                }
            }

            return count;
        }

        private string Method(int file, int index)
        {
            var name = $"M{index}";
            if (shareMethods < CustomerIoShare * (methods + 1))
            {
                // A docs example, a look-alike or a service is a file of its own, placed after this module. Out of twelve
                // draws: two services, a look-alike, five docs examples and four methods using Customer.io. A service or
                // a look-alike declares about ten methods and an example one or two, so by methods the share is about
                // half services, a sixth the look-alike template, a fifth examples (the ones it does not reach are added
                // at the end) and a tenth single methods.
                var share = random.Next(12);
                if (share >= 10)
                {
                    PlaceNextService(towardsCustomerIo: withCustomerIo);
                    return string.Empty;
                }

                if (share == 9)
                {
                    // Half the look-alikes are the rule tests' template, half a service towards another host.
                    if (random.Next(2) == 0)
                    {
                        PlaceNextLookAlike();
                    }
                    else
                    {
                        PlaceNextService(towardsCustomerIo: false);
                    }

                    return string.Empty;
                }

                if (withCustomerIo && share >= 4)
                {
                    PlaceNextExample();
                    return string.Empty;
                }

                if (withCustomerIo)
                {
                    Count(1, share: true);
                    return CustomerIoMethods.Pick(random, name, mistake: random.Next(3) == 0);
                }

                // Without Customer.io the draw still takes its place in the share, so look-alikes come as often.
                Count(1, share: true);
                return OrdinaryMethod(file, name);
            }

            Count(1, share: false);
            return OrdinaryMethod(file, name);
        }

        private string OrdinaryMethod(int file, string name)
        {

            var host = Hosts[random.Next(Hosts.Length)];
            var k = random.Next(2, 500);
            var order = $"Order{file}";
            return random.Next(7) switch
            {
                0 => $$"""
                        public List<string> {{name}}(IEnumerable<{{order}}> orders)
                        {
                            return orders
                                .Where(o => o.Amount > {{k}}m && o.Region != "eu")
                                .OrderByDescending(o => o.PlacedAt)
                                .GroupBy(o => o.Region)
                                .Select(g => $"{g.Key}: {g.Sum(o => o.Amount)} over {g.Count()} orders")
                                .ToList();
                        }


                    """,
                1 => $$"""
                        public async Task<{{order}}?> {{name}}Async(int id, CancellationToken cancellationToken)
                        {
                            if (cache.TryGetValue(id, out var cached))
                            {
                                return cached;
                            }

                            var order = await http.GetFromJsonAsync<{{order}}>($"https://{{host}}/v{{k % 3 + 1}}/orders/{id}", cancellationToken).ConfigureAwait(false);
                            if (order is not null)
                            {
                                cache[id] = order;
                            }

                            return order;
                        }


                    """,
                2 => $$"""
                        public Task<HttpResponseMessage> {{name}}Async({{order}} order)
                        {
                            Interlocked.Increment(ref calls);
                            var payload = new { id = order.Id, name = order.Name, amount = order.Amount, created_at = order.PlacedAt.ToUnixTimeMilliseconds(), duration_ms = {{k}} };
                            return http.PostAsJsonAsync("https://{{host}}/api/events", payload);
                        }


                    """,
                3 => $$"""
                        public string {{name}}(IReadOnlyList<{{order}}> orders)
                        {
                            var text = new StringBuilder();
                            foreach (var order in orders)
                            {
                                var label = order.Amount switch
                                {
                                    < {{k}}m => "small",
                                    < {{k * 10}}m => "medium",
                                    _ => "large",
                                };
                                text.Append(order.Name).Append(':').Append(label).AppendLine();
                            }

                            return text.ToString();
                        }


                    """,
                4 => $$"""
                        public async Task<int> {{name}}Async(IEnumerable<int> ids)
                        {
                            var tasks = ids.Select(async id =>
                            {
                                using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"https://{{host}}/items/{id}"));
                                request.Headers.Add("X-Request-Id", Guid.NewGuid().ToString("N"));
                                using var response = await http.SendAsync(request).ConfigureAwait(false);
                                return response.IsSuccessStatusCode ? 1 : 0;
                            });
                            var results = await Task.WhenAll(tasks).ConfigureAwait(false);
                            return results.Sum();
                        }


                    """,
                5 => $$"""
                        public string {{name}}()
                        {
                            var endpoint = configuration["Services:{{host}}:Endpoint"] ?? "https://{{host}}";
                            var retries = int.TryParse(configuration["Services:Retries"], out var parsed) ? parsed : {{k % 5}};
                            var key = Environment.GetEnvironmentVariable("ACME_KEY_{{k}}") ?? string.Empty;
                            return $"{endpoint} retries={retries} key={key.Length}";
                        }


                    """,
                _ => $$"""
                        public Dictionary<string, decimal> {{name}}({{order}}[] orders, DateTimeOffset since)
                        {
                            var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
                            for (var i = 0; i < orders.Length; i++)
                            {
                                if (orders[i].PlacedAt < since || orders[i].Id % {{k}} == 0)
                                {
                                    continue;
                                }

                                totals[orders[i].Region] = totals.GetValueOrDefault(orders[i].Region) + orders[i].Amount;
                            }

                            return totals;
                        }


                    """,
            };
        }
    }

    /// <summary>
    /// The generated source files, the additional files (configuration files, CustomerIo.Api.txt) the project would hold,
    /// the files whose wrappers CustomerIo.Api.txt names (they belong to the project that holds it), and its methods.
    /// </summary>
    internal sealed record GeneratedCorpus(
        IReadOnlyList<(string Name, string Source)> Files,
        IReadOnlyList<(string Path, string Text)> AdditionalFiles,
        IReadOnlyList<string> ApiFileSources,
        int Methods,
        int ShareMethods);
}
