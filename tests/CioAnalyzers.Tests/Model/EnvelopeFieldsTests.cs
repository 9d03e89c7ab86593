using System;
using CioAnalyzers.Model;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The request fields of each endpoint: exact snake_case names, each its own spelling.</summary>
    public class EnvelopeFieldsTests
    {
        public static TheoryData<string> Endpoints()
        {
            var data = new TheoryData<string>();
            foreach (var endpoint in Enum.GetNames(typeof(HttpEndpoint)))
            {
                data.Add(endpoint);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Endpoints))]
        public void FieldsAreSnakeCaseAndNoTwoAreSpellingsOfOneAnother(string name)
        {
            var endpoint = (HttpEndpoint)Enum.Parse(typeof(HttpEndpoint), name);
            foreach (var personInPath in new[] { true, false })
            {
                var fields = EnvelopeFields.Of(endpoint, personInPath);
                Assert.All(fields, f => Assert.Matches("^[a-z]+(_[a-z]+)*$", f));
                foreach (var field in fields)
                {
                    Assert.Single(fields, other => KeySpelling.AnySpellingOf(other, field));
                }
            }
        }

        [Fact]
        public void OnlyEndpointsWithAnEnvelopeHaveFields()
        {
            Assert.Empty(EnvelopeFields.Of(HttpEndpoint.Identify, personInPath: true));
            Assert.Empty(EnvelopeFields.Of(HttpEndpoint.Other, personInPath: true));
            Assert.Contains("anonymous_id", EnvelopeFields.Of(HttpEndpoint.Event, personInPath: false));
            Assert.DoesNotContain("anonymous_id", EnvelopeFields.Of(HttpEndpoint.Event, personInPath: true));
            Assert.Equal("message_data", KeySpelling.WrongFormOf("MessageData", EnvelopeFields.Of(HttpEndpoint.TransactionalEmail, personInPath: false)));
            Assert.Null(KeySpelling.WrongFormOf("message_data", EnvelopeFields.Of(HttpEndpoint.TransactionalEmail, personInPath: false)));
        }
    }
}
