using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class UseUnixSecondsCodeFixTests
    {
        [Fact]
        public Task RewritesEachMillisecondProducerAndFixAllHandlesSeveral() => VerifyRule<UnixMillisecondsRule>.Fix<UseUnixSecondsCodeFix>("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                void Run(HttpClient http, DateTimeOffset? signedUp)
                {
                    var request = new IdentifyCustomerRequest
                    {
                        CreatedAt = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}, // when they joined
                        Timestamp = (long){|CIO1001:(DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds|},
                    };
                    http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = {|CIO1001:1461866400000L|}, trial_ends_at = signedUp?{|CIO1001:.ToUnixTimeMilliseconds()|} });
                }
            }
            """, """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                void Run(HttpClient http, DateTimeOffset? signedUp)
                {
                    var request = new IdentifyCustomerRequest
                    {
                        CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), // when they joined
                        Timestamp = (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds,
                    };
                    http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = 1461866400L, trial_ends_at = signedUp?.ToUnixTimeSeconds() });
                }
            }
            """);

        [Fact]
        public Task FixesTheInitializerOfALocalUsedOnlyThere() => VerifyRule<UnixMillisecondsRule>.Fix<UseUnixSecondsCodeFix>("""
            using System;
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                TrackEventRequest Build()
                {
                    var occurred = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};
                    return new TrackEventRequest { Name = "paid", Timestamp = occurred };
                }
            }
            """, """
            using System;
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                TrackEventRequest Build()
                {
                    var occurred = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                    return new TrackEventRequest { Name = "paid", Timestamp = occurred };
                }
            }
            """);

        [Fact]
        public Task NoFixWhenTheLocalIsAlsoUsedElsewhere() => VerifyRule<UnixMillisecondsRule>.NoFix<UseUnixSecondsCodeFix>("""
            using System;
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                TrackEventRequest Build()
                {
                    var occurred = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};
                    Console.WriteLine($"took {occurred}");
                    return new TrackEventRequest { Name = "paid", Timestamp = occurred };
                }
            }
            """);
    }
}
