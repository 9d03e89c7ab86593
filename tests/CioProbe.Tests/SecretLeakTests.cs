using System.Reflection;

namespace CioProbe.Tests
{
    /// <summary>
    /// Runs every scenario of the suite (distinctive mixed-case credentials, hostile echoes included) and searches all that
    /// was printed or returned (table, --json, stderr, library reports, health descriptions and data) for any form of any credential.
    /// </summary>
    public sealed class SecretLeakTests
    {
        // Every test class of the suite, so a new scenario is searched too; the fuzz test searches its own outputs.
        private static readonly Type[] Scenarios = typeof(SecretLeakTests).Assembly.GetTypes()
            .Where(t => t.IsPublic && t != typeof(SecretLeakTests) && t != typeof(HostileAnswerFuzzTests))
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

        [Fact]
        public async Task NoScenarioPrintsAnyFormOfACredential()
        {
            List<RecordedOutput> log;
            var ran = 0;
            using (OutputLog.Start(out log))
            {
                foreach (var type in Scenarios)
                {
                    foreach (var method in type.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>().Any()))
                    {
                        foreach (var arguments in Cases(method))
                        {
                            await RunAsync(type, method, arguments);
                            ran++;
                        }
                    }
                }
            }

            Assert.True(ran >= 75, $"only {ran} scenarios ran");
            Assert.True(log.Count >= 75, $"only {log.Count} outputs recorded");
            var leaks = log
                .Select(o => (o.Source, Found: SecretLeaks.Find(o.Output, o.Secrets[0], o.Secrets[1], o.Secrets[2], o.Secrets[3..])))
                .Where(o => o.Found.Count > 0)
                .Select(o => $"{o.Source}: {string.Join(", ", o.Found)}")
                .ToList();
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }

        private static IEnumerable<object?[]> Cases(MethodInfo method)
        {
            var data = method.GetCustomAttributes<InlineDataAttribute>().SelectMany(d => d.GetData(method)).ToList();
            return data.Count > 0 ? data : [[]];
        }

        // A scenario's own assertions are its own test's business; this test only reads what it printed.
        private static async Task RunAsync(Type type, MethodInfo method, object?[] arguments)
        {
            var instance = Activator.CreateInstance(type)!;
            if (instance is IAsyncLifetime lifetime)
            {
                await lifetime.InitializeAsync();
            }

            try
            {
                var result = method.Invoke(instance, arguments);
                if (result is Task task)
                {
                    await task;
                }
            }
            catch (Exception ex) when (ex is TargetInvocationException or Xunit.Sdk.XunitException)
            {
            }
            finally
            {
                if (instance is IAsyncLifetime disposable)
                {
                    await disposable.DisposeAsync();
                }
            }
        }
    }
}
