/// Why a synthetic campaign could not be written (for the operator: English).
public enum SyntheticCampaignError: Error, CustomStringConvertible, Equatable {
    case unwritable(path: String)
    case notSynthetic(path: String)
    case sameFolder(path: String)

    public var description: String {
        switch self {
        case .unwritable(let path):
            return "cannot create \(path): check that its folder exists and is writable"
        case .notSynthetic(let path):
            return "\(path) exists and is not a synthetic campaign (no \(SyntheticCampaignManifest.fileName)): "
                + "refusing to replace it; choose another --output"
        case .sameFolder(let path):
            return "--output \(path) is the --from folder: choose another --output"
        }
    }
}
