using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>
    /// What is read from the source text alone is shared by the compilations made of the same trees (one per analysis
    /// request in the IDE), and read again after an edit.
    /// </summary>
    public class SourceSetTests
    {
        private static readonly CSharpCompilation Base = StandInCompilation.Create(new[] { "class Consumer { }", "class Other { }" }, StandIns.References());

        private static SyntaxTree Tree(string source) => CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)Base.SyntaxTrees[0].Options);

        [Fact]
        public void CompilationsOfTheSameTreesShareOneSet()
        {
            Assert.Same(SourceSet.Of(Base), SourceSet.Of(Base.Clone()));
            Assert.Same(SourceSet.Of(Base), SourceSet.Of(Base.WithAssemblyName("Renamed")));
        }

        [Fact]
        public void AnEditedFileIsReadAgain()
        {
            var edited = Base.ReplaceSyntaxTree(Base.SyntaxTrees[1], Tree("class Other { const string Track = \"https://track.customer.io/api/v1\"; }"));

            Assert.NotSame(SourceSet.Of(Base), SourceSet.Of(edited));
            Assert.False(HostText.AnySourceMentionsHost(Base, default));
            Assert.True(HostText.AnySourceMentionsHost(edited, default));
            Assert.True(HostText.AnySourceMentionsHost(edited.Clone(), default));
            Assert.False(HostText.AnySourceMentionsHost(Base.Clone(), default));
        }

        [Fact]
        public void ConstantNamesFollowTheReferencesOfCompilationsWithTheSameTrees()
        {
            // Another project declares the host constant; the same trees with and without a reference to it.
            var hosts = StandInCompilation.Create(new[] { "public static class Hosts { public const string EuTrack = \"https://track-eu.customer.io\"; }" }, StandIns.References())
                .WithAssemblyName("Hosts");
            var referencing = Base.AddReferences(hosts.ToMetadataReference());
            var notReferencing = referencing.RemoveReferences(referencing.References.OfType<CompilationReference>());

            Assert.Same(SourceSet.Of(referencing), SourceSet.Of(notReferencing));
            Assert.Contains("EuTrack", HostConstantNames.For(referencing, default).Names);
            Assert.DoesNotContain("EuTrack", HostConstantNames.For(notReferencing, default).Names);
            Assert.Contains("EuTrack", HostConstantNames.For(referencing.Clone(), default).Names);
        }
    }
}
