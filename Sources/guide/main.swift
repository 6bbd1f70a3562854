import GuideCLI

// All behaviour lives in GuideCLI; main only hands over the arguments (from their raw bytes) and exits with the code.
GuideCommand.exit(with: GuideCommand.run(ProcessArguments.current()))
