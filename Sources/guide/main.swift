import GuideCLI

// All behaviour lives in GuideCLI; main only hands over the arguments and exits with the code.
GuideCommand.exit(with: GuideCommand.run(Array(CommandLine.arguments.dropFirst())))
