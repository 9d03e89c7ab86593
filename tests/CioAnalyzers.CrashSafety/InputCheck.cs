using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.CrashSafety
{
    /// <summary>
    /// Runs every shipped analyzer on one input (with its configuration files, see <see cref="SettingsInputs"/>), then every
    /// fix and fix-all on what they report, and records
    /// each exception and each fix that leaves a compiler error the input did not have.
    /// </summary>
    internal static class InputCheck
    {
        public static async Task<InputResult> RunAsync(string source, ImmutableArray<AdditionalText> settings, TimeSpan timeout)
        {
            var result = new InputResult();
            using var cancellation = new CancellationTokenSource(timeout);
            var phase = "analysis";
            try
            {
                using var workspace = new AdhocWorkspace();
                var (project, input) = CreateProject(workspace, source);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var compilation = (await project.GetCompilationAsync(cancellation.Token).ConfigureAwait(false))!;
                result.CompileTime = clock.Elapsed;
                var diagnostics = await AnalyzeAsync(compilation, new AnalyzerOptions(settings), result, cancellation.Token).ConfigureAwait(false);
                result.AnalysisTime = clock.Elapsed - result.CompileTime;
                result.Diagnostics = diagnostics.Length;
                if (diagnostics.IsEmpty)
                {
                    return result;
                }

                phase = "fix";
                var originalErrors = ErrorCounts(compilation);
                foreach (var fixer in ShippedAnalyzers.CodeFixes)
                {
                    var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree is not null).ToImmutableArray();
                    if (!fixable.IsEmpty)
                    {
                        await FixEachAsync(fixer, project, fixable, originalErrors, result, cancellation.Token).ConfigureAwait(false);
                        await FixAllAsync(fixer, project, input, fixable, originalErrors, result, cancellation.Token).ConfigureAwait(false);
                    }
                }

                result.FixTime = clock.Elapsed - result.CompileTime - result.AnalysisTime;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                var list = phase == "analysis" ? result.AnalyzerExceptions : result.FixerExceptions;
                list.Add($"{phase} did not finish within {timeout.TotalSeconds:0} s");
            }

            return result;
        }

        private static (Project Project, DocumentId Input) CreateProject(AdhocWorkspace workspace, string source)
        {
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "Input", "Input", LanguageNames.CSharp,
                compilationOptions: TestCompilation.Options,
                parseOptions: TestCompilation.ParseOptions,
                metadataReferences: TestCompilation.References));
            var (name, text) = TestCompilation.GlobalUsingsSource;
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text));

            var input = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(input, "Input.cs", SourceText.From(source));
            return (solution.GetProject(projectId)!, input);
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, AnalyzerOptions analyzerOptions, InputResult result, CancellationToken cancellationToken)
        {
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                analyzerOptions,
                (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ShippedAnalyzers.Analyzers, options)
                .GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            result.AnalyzerExceptions.AddRange(exceptions);
            if (exceptions.IsEmpty)
            {
                result.AnalyzerExceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
            }

            return diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray();
        }

        private static async Task FixEachAsync(CodeFixProvider fixer, Project project, ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> originalErrors, InputResult result, CancellationToken cancellationToken)
        {
            foreach (var diagnostic in diagnostics)
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree);
                if (document is null)
                {
                    continue;
                }

                var actions = new List<CodeAction>();
                var name = $"{fixer.GetType().Name} on {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}";
                try
                {
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    result.FixerExceptions.Add($"{name}, registering: {exception}");
                    continue;
                }

                foreach (var action in actions)
                {
                    await ApplyAsync(() => action.GetOperationsAsync(cancellationToken), project, originalErrors, name, result, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static async Task FixAllAsync(CodeFixProvider fixer, Project project, DocumentId input, ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> originalErrors, InputResult result, CancellationToken cancellationToken)
        {
            var provider = fixer.GetFixAllProvider();
            if (provider is null)
            {
                return;
            }

            var document = project.GetDocument(input)!;
            var keys = new HashSet<string?>();
            foreach (var diagnostic in diagnostics.Where(d => project.GetDocument(d.Location.SourceTree) is not null))
            {
                try
                {
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, (action, _) => keys.Add(action.EquivalenceKey), cancellationToken)).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Already counted by the single fixes.
                }
            }

            foreach (var key in keys)
            {
                // Every diagnostic is in the one input document, so the document scope is the whole fix-all.
                var name = $"fix-all of {fixer.GetType().Name}";
                var context = new FixAllContext(document, fixer, FixAllScope.Document, key, fixer.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), cancellationToken);
                await ApplyAsync(
                    async () =>
                    {
                        var action = await provider.GetFixAsync(context).ConfigureAwait(false);
                        return action is null ? ImmutableArray<CodeActionOperation>.Empty : await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                    },
                    project, originalErrors, name, result, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Runs a fix and checks that the solution it produces has no error the original did not have.</summary>
        private static async Task ApplyAsync(Func<Task<ImmutableArray<CodeActionOperation>>> fix, Project project, IReadOnlyDictionary<string, int> originalErrors, string name, InputResult result, CancellationToken cancellationToken)
        {
            ImmutableArray<CodeActionOperation> operations;
            try
            {
                operations = await fix().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                result.FixerExceptions.Add($"{name}: {exception}");
                return;
            }

            foreach (var change in operations.OfType<ApplyChangesOperation>())
            {
                var fixedProject = change.ChangedSolution.GetProject(project.Id);
                if (fixedProject is null || !result.CheckedFixes.Add(await FixedTextAsync(fixedProject, cancellationToken).ConfigureAwait(false)))
                {
                    // One fix and its fix-all often produce the same code: compile each distinct result once.
                    continue;
                }

                var fixedCompilation = await fixedProject.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (fixedCompilation is null)
                {
                    continue;
                }

                result.FixesApplied++;
                var added = ErrorCounts(fixedCompilation)
                    .Where(pair => pair.Value > (originalErrors.TryGetValue(pair.Key, out var before) ? before : 0))
                    .Select(pair => pair.Key)
                    .ToList();
                if (added.Count > 0)
                {
                    var sample = fixedCompilation.GetDiagnostics(cancellationToken).First(d => d.Severity == DiagnosticSeverity.Error && added.Contains(d.Id));
                    result.FixesAddingErrors.Add($"{name} added {string.Join(", ", added)}: {sample}");
                }
            }
        }

        private static async Task<string> FixedTextAsync(Project project, CancellationToken cancellationToken)
        {
            var texts = new List<string>();
            foreach (var document in project.Documents)
            {
                texts.Add((await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString());
            }

            return string.Join("\n//--\n", texts);
        }

        private static Dictionary<string, int> ErrorCounts(Compilation compilation)
            => compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => d.Id)
                .ToDictionary(g => g.Key, g => g.Count());
    }
}
