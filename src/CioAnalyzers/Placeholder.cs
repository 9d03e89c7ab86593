namespace CioAnalyzers { internal static class Placeholder { } }
