using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>A documented Customer.io route: a method and a path template whose <c>{name}</c> segments stand for one value each.</summary>
    internal sealed class HttpRoute
    {
        public HttpRoute(HttpApiKind api, string method, string template, int prefixLength)
        {
            Api = api;
            Method = method;
            Template = template;
            Segments = template.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
            PrefixLength = prefixLength;
        }

        public HttpApiKind Api { get; }

        /// <summary>Upper case, as on the wire: <c>PUT</c>.</summary>
        public string Method { get; }

        /// <summary>As the docs write it: <c>/api/v1/customers/{identifier}</c>.</summary>
        public string Template { get; }

        public ImmutableArray<string> Segments { get; }

        /// <summary>How many leading segments are the API's version prefix (<c>api/v1</c>: 2, <c>v1</c>: 1, none: 0).</summary>
        public int PrefixLength { get; }

        /// <summary>The segments after the version prefix.</summary>
        public IEnumerable<string> Rest
        {
            get
            {
                for (var i = PrefixLength; i < Segments.Length; i++)
                {
                    yield return Segments[i];
                }
            }
        }

        public override string ToString() => Method + " " + Template;

        /// <summary>True when a template segment stands for a value.</summary>
        public static bool IsPlaceholder(string segment) => segment.Length > 1 && segment[0] == '{';
    }
}
