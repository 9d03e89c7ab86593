using CioProbe.Tool;

using var signals = new StopSignals();
var exitCode = await ProbeCli.RunAsync(args, ProbeHost.FromProcess(), signals.Token);

// A run cut short by a signal exits with that signal's code (130 for SIGINT, 143 for SIGTERM).
return exitCode == ExitCodes.Interrupted ? signals.ExitCode ?? exitCode : exitCode;
