namespace CioAnalyzers.Model
{
    /// <summary>Where a Customer.io workspace lives: every API has one host per data centre, and a workspace answers on its own only.</summary>
    internal enum DataCenter
    {
        None = 0,
        Us,
        Eu,
    }
}
