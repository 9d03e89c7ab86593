using Acme.Shop;

// The demo is built, not run: building it is what shows each CIO warning with its file and line.
Console.WriteLine($"See {nameof(CustomerSync)} for the mistakes and {nameof(CustomerSyncDoneRight)} for the correct forms.");
