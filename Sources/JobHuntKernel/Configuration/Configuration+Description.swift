// Printable forms of the configuration values that never show a secret, so a
// `print(configuration)` or a log line cannot leak a password or key.
import Foundation

extension Configuration: CustomStringConvertible, CustomDebugStringConvertible {
    package var description: String {
        var parts = [
            "databaseURL: \(Redaction.connectionString(databaseURL))",
            "dataDirectory: \(dataDirectory.path)",
            "configDirectory: \(configDirectory.path)",
            "stateDirectory: \(stateDirectory.path)",
            "modelDirectory: \(modelDirectory.path)",
        ]
        parts.append("redisURL: \(redisURL.map(Redaction.connectionString) ?? "nil")")
        parts.append("s3: \(s3.map(\.description) ?? "nil")")
        parts.append("secretKey: \(Redaction.presence(secretKey))")
        return "Configuration(\(parts.joined(separator: ", ")))"
    }

    package var debugDescription: String { description }
}

extension S3Configuration: CustomStringConvertible, CustomDebugStringConvertible {
    package var description: String {
        let parts = [
            "bucket: \(bucket)",
            "endpoint: \(endpoint.map(Redaction.connectionString) ?? "nil")",
            "region: \(region)",
            "pathStyle: \(pathStyle)",
            "accessKeyID: \(Redaction.presence(accessKeyID))",
            "secretAccessKey: \(Redaction.presence(secretAccessKey))",
            "sessionToken: \(Redaction.presence(sessionToken))",
        ]
        return "S3Configuration(\(parts.joined(separator: ", ")))"
    }

    package var debugDescription: String { description }
}
