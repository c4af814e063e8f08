using CopyLint.Cli;

return CliApp.Run(args, CliContext.FromConsole());
